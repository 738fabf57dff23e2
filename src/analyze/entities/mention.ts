import type { Entity } from "../../model/index.js";
import type { Token } from "../tokenize.js";
import type { Prepared } from "./prepare.js";

/** An entity mention while the rules work on it: an Entity plus its token range. */
export interface Mention extends Entity {
  first: number;
  last: number;
}

/** What every entity rule sees. */
export interface EntityContext {
  text: string;
  prep: Prepared;
  /** Anchor date (ISO day) for dated roles, or null. */
  date: string | null;
}

/** An entity rule: one pass over the mentions (like a chrono-node refiner). */
export type EntityRule = (ctx: EntityContext, mentions: Mention[]) => Mention[];

export function makeMention(ctx: EntityContext, first: number, last: number, type: Entity["type"], method: string): Mention {
  const t: Token[] = ctx.prep.tokens;
  const start = t[first]!.start;
  const end = t[last]!.end;
  const text = ctx.text.slice(start, end);
  return { first, last, start, end, text, type, name: text.replace(/^the /i, ""), method };
}
