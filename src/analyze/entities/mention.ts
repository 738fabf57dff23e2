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

/**
 * Joins two mentions with one token between them, in one sentence, into one mention when `join` gives the
 * joined mention's type ("Port Authority" + "of" + "New York"; "Crown Prince Mohammad" + "bin" + "Salman").
 */
export function joinAcross(
  ctx: EntityContext,
  mentions: Mention[],
  join: (m: Mention, next: Mention, between: string) => Entity["type"] | null,
): Mention[] {
  const { tokens, sentenceOf } = ctx.prep;
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const next = mentions[k + 1];
    const type =
      next && next.first === m.last + 2 && sentenceOf[next.last] === sentenceOf[m.first] ? join(m, next, tokens[m.last + 1]!.text) : null;
    if (next && type) {
      out.push(makeMention(ctx, m.first, next.last, type, m.method ?? "tagger"));
      k++;
    } else out.push(m);
  }
  return out;
}

/**
 * Adds a one-word mention at every token no mention covers that `named(i)` says names an entity already
 * mentioned (a surname, an abbreviation): it takes that entity's type, name, country, sector, office and link.
 */
export function recallWords(ctx: EntityContext, mentions: Mention[], method: string, named: (i: number) => Mention | undefined): Mention[] {
  const { tokens } = ctx.prep;
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) for (let i = m.first; i <= m.last; i++) covered[i] = 1;
  const added: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const full = named(i);
    if (!full) continue;
    const m = makeMention(ctx, i, i, full.type, method);
    m.name = full.name;
    for (const k of ["country", "sector", "office", "ref"] as const)
      if (full[k] != null) (m as unknown as Record<string, unknown>)[k] = full[k];
    added.push(m);
  }
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
