import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Entity } from "../../../model/index.js";
import type { EntityRule } from "../mention.js";

/** Names whose type does not depend on their neighbours (data/ner/typed-names.tsv): "Muslims" MISC, "Twitter" ORG. */
export const TYPED_NAMES: Map<string, Entity["type"]> = new Map(
  readFileSync(join(import.meta.dirname, "..", "..", "..", "..", "data", "ner", "typed-names.tsv"), "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split("\t") as [string, Entity["type"]]),
);

/**
 * A mention that is only a name of the list takes the list's type. The tagger types these words by their
 * neighbours (a LOC after "in" or "on", a PER before "said"): a religion or its adherents ("Muslims",
 * "Islam"), a deity, a disease ("HIV", "COVID-19") or "Brexit" is MISC, and so no actor; an online platform
 * ("on Twitter", "YouTube said") is an organisation.
 */
export const typedNames: EntityRule = (_ctx, mentions) => {
  for (const m of mentions) {
    const type = TYPED_NAMES.get(m.text);
    if (!type || m.type === type) continue;
    m.type = type;
    m.method = "typed-names";
    m.country = null;
    m.sector = null;
    m.ref = undefined;
  }
  return mentions;
};
