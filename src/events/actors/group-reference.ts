/**
 * A counted group that refers back to the countries just named: "the two countries", "both nations", "all three
 * nations", "the leaders of the two countries" ("Turkey and Greece had earlier had poor relations …, but the
 * leaders of the two countries spoke by telephone on Friday night"). When exactly that many countries are
 * named before the phrase in its sentence, the phrase names them: one mention per country over its span, as
 * "officials in Fornost and Gondor" gives (mentions.ts). Not after a preposition ("a pact between the two
 * countries"): there the group names the sides of a thing, not who acts.
 */
import type { Tok } from "../text/tokens.js";
import { type ActorMention, fullShape } from "./mention.js";

const PREPOSITION = /^(between|among|of|for|with|to|from|in|on|at|by|against|into|towards?|over|about|across|within)$/;
/** How many a counting word names. */
const COUNT = new Map<string, number>([
  ["two", 2],
  ["both", 2],
  ["three", 3],
]);
/** Nouns for the states themselves. */
const STATES = /^(countries|nations|governments|states)$/;
/** Who acts for the states ("the leaders of the two countries"), with their sector. */
const FOR_STATES = new Map<string, string>([
  ["leaders", "GOV"],
  ["presidents", "GOV"],
  ["governments", "GOV"],
  ["ministers", "GOV"],
  ["militaries", "MIL"],
  ["armies", "MIL"],
]);

/** The counted group phrase at token i: its end and how many states it counts; null when none starts there. */
function countedStates(toks: Tok[], i: number): { tj: number; n: number } | null {
  const w = toks[i]?.low ?? "";
  // "the two countries", "all three nations", "both nations", "both the countries".
  let k = i;
  let n = 0;
  if (w === "both") {
    n = 2;
    k = toks[i + 1]?.low === "the" ? i + 2 : i + 1;
  } else if (w === "the" || w === "all") {
    n = COUNT.get(toks[i + 1]?.low ?? "") ?? 0;
    if (n === 0 || toks[i + 1]?.low === "both") return null;
    k = i + 2;
  } else return null;
  return n > 0 && STATES.test(toks[k]?.low ?? "") ? { tj: k + 1, n } : null;
}

/**
 * The mentions of a sentence with its counted groups of states resolved: each phrase that counts as many
 * countries as the sentence names before it (distinct countries of named, non-weak mentions) becomes one
 * mention per country. Mentions inside the phrase's span are replaced.
 */
export function resolveCountedGroups(text: string, toks: Tok[], ms: ActorMention[]): ActorMention[] {
  let out = ms;
  for (let i = 0; i < toks.length; i++) {
    // "the leaders of the two countries": the acting noun and "of" before the counted phrase.
    const agent = /^(the|their)$/.test(toks[i]?.low ?? "") && FOR_STATES.has(toks[i + 1]?.low ?? "") && toks[i + 2]?.low === "of";
    const at = agent ? i + 3 : i;
    const g = countedStates(toks, at);
    // Only a group that acts: after a preposition it names the sides of something the sentence's subject does
    // ("have agreed upon a new free-trade pact between the two countries"), already named.
    if (!g || PREPOSITION.test(toks[i - 1]?.low ?? "")) continue;
    const before = out.filter((m) => m.tj <= i && m.kind !== "pronoun" && !m.weak && m.country);
    const countries = [...new Map(before.map((m) => [m.country!, m])).values()];
    if (countries.length !== g.n) continue;
    const span = {
      start: toks[i]!.start,
      end: toks[g.tj - 1]!.end,
      ti: i,
      tj: g.tj,
      text: text.slice(toks[i]!.start, toks[g.tj - 1]!.end),
    };
    const sector = agent ? FOR_STATES.get(toks[i + 1]!.low)! : null;
    const group: ActorMention[] = countries.map((m) =>
      fullShape({
        ...span,
        name: agent ? `${toks[i + 1]!.text} of ${m.name}` : m.name,
        country: m.country,
        sector: sector ?? (m.kind === "country" ? null : m.sector),
        kind: agent ? "agent" : "country",
      }),
    );
    out = [...out.filter((m) => m.tj <= i || m.ti >= g.tj), ...group].sort((a, b) => a.ti - b.ti);
    i = g.tj - 1;
  }
  return out;
}
