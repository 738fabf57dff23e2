import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EntityRule } from "../mention.js";

/** Religions, their adherents, deities, diseases, "Brexit" (data/ner/misc-names.txt). */
const MISC_NAMES: Set<string> = new Set(
  readFileSync(join(import.meta.dirname, "..", "..", "..", "..", "data", "ner", "misc-names.txt"), "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#")),
);

/**
 * A mention that is only the name of a religion or its adherents ("Muslims", "Islam"), a deity, a disease
 * ("HIV", "COVID-19") or a named political process ("Brexit") is none of PER, ORG or LOC: the tagger types
 * these words by their neighbours (a LOC after "in", an ORG before "said"); they are MISC, and so no actor.
 */
export const miscNames: EntityRule = (_ctx, mentions) => {
  for (const m of mentions)
    if (m.type !== "MISC" && MISC_NAMES.has(m.text)) {
      m.type = "MISC";
      m.method = "misc-names";
      m.country = null;
      m.sector = null;
      m.ref = undefined;
    }
  return mentions;
};
