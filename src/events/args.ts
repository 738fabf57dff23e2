/**
 * Actor and recipient of a trigger from the mentions around it: the subject (nearest mention before the
 * verb in its clause, with "X and Y" compounds), the object (first mention after the verb, directly or
 * after one of the family's prepositions), passives ("was attacked by X"), and claims ("accused X of …":
 * nothing after "of" is an argument).
 */
import type { ActorMention } from "./actors/mention.js";
import { leftBound, rightBound } from "./clause.js";
import { lexiconCode } from "./lexicon/index.js";
import type { Family } from "./patterns/index.js";
import type { SlotFill } from "./lexicon/index.js";
import type { Tok } from "./text/tokens.js";

const PREPS = new Set([
  "of",
  "in",
  "with",
  "for",
  "from",
  "at",
  "on",
  "by",
  "against",
  "to",
  "near",
  "between",
  "among",
  "over",
  "under",
  "into",
  "about",
  "during",
  "outside",
  "inside",
  "across",
  "toward",
  "towards",
  "than",
  "like",
  "including",
  "via",
  "per",
  "after",
  "before",
]);
const BE = /^(was|were|been|is|are|be|being|got|get|gets)$/;
const PARTICIPLE = /(ed|en|met|held|shot|struck|fought|beat|cut|put|told|sent|taken|given|found)$/;

export interface Args {
  actors: ActorMention[];
  recipients: ActorMention[];
  passive: boolean;
  /** Token index where the claim complement starts (not coded), or -1. */
  claimAt: number;
  /** The clause bounds used (rb clipped at the next trigger; clauseEnd not). */
  lb: number;
  rb: number;
  clauseEnd: number;
  /** Both directions hold ("X and Y agreed": a dictionary pattern's compound actor with no other target). */
  reciprocal?: boolean;
}

function prepBefore(toks: Tok[], m: ActorMention, floor: number): string | null {
  let i = m.ti - 1;
  // Skip determiners and adjectives between a preposition and its noun phrase.
  while (
    i >= floor &&
    /^(the|a|an|his|her|its|their|some|several|\d+|five|two|three|four|six|seven|eight|nine|ten|19|many)$/.test(toks[i]!.low)
  )
    i--;
  if (i < floor) return null;
  const w = toks[i]!.low;
  // "thousands of Serbians", "a group of protesters", "members of the opposition": the head is the actor.
  if (
    w === "of" &&
    /^(thousands|hundreds|dozens|millions|tens|scores|number|group|groups|crowd|crowds|members|some|many|most|all|several|supporters|hundreds-of)$/.test(
      toks[i - 1]?.low ?? "",
    )
  )
    return null;
  return PREPS.has(w) ? w : null;
}

/** Mentions joined to m by "and" / "," on the left. */
function compoundLeft(ms: ActorMention[], m: ActorMention, toks: Tok[]): ActorMention[] {
  const out = [m];
  let cur = m;
  for (;;) {
    let k = cur.ti - 1;
    while (k > 0 && /^(the|his|her|its|their)$/.test(toks[k]!.low)) k--;
    const joiner = toks[k]?.low;
    if (joiner !== "and" && joiner !== ",") break;
    const prev = ms.find((x) => x.tj === k);
    if (!prev || prev.kind === "pronoun") break;
    out.unshift(prev);
    cur = prev;
  }
  return out;
}

function compoundRight(ms: ActorMention[], m: ActorMention, toks: Tok[], limit: number): ActorMention[] {
  const out = [m];
  let cur = m;
  for (;;) {
    const joiner = toks[cur.tj]?.low;
    if (joiner !== "and" && joiner !== ",") break;
    let k = cur.tj + 1;
    while (k < limit && /^(the|his|her|its|their|\d+|five|two|three|four|six|seven|eight|nine|ten)$/.test(toks[k]!.low)) k++;
    const next = ms.find((x) => x.ti === k && x.tj <= limit);
    if (!next || next.kind === "pronoun") break;
    out.push(next);
    cur = next;
  }
  return out;
}

export function findArgs(toks: Tok[], ms: ActorMention[], fam: Family, ti: number, tj: number, nextTrigger = toks.length): Args {
  const lb = leftBound(toks, ti, Boolean(fam.speech));
  const clauseEnd = rightBound(toks, tj);
  const rb = Math.min(clauseEnd, nextTrigger);

  // Passive voice: "was attacked by X".
  const prev = toks[ti - 1]?.low ?? "";
  const prev2 = toks[ti - 2]?.low ?? "";
  const passive =
    PARTICIPLE.test(toks[ti]!.low) && (BE.test(prev) || (BE.test(prev2) && /ly$|^(also|not|reportedly|allegedly)$/.test(prev)));

  // Claim complement: "accused them of …", "blamed Washington for …".
  let claimAt = -1;
  if (fam.claimPreps) {
    for (let i = tj; i < toks.length; i++) {
      const w = toks[i]!.low;
      // A claim preposition counts once an object stands before it ("accused them of"), or right after
      // the trigger when the claim is a that-clause; "denounced as a crime Serbia's …" keeps its object.
      if (fam.claimPreps.includes(w) && (w === "that" || ms.some((m) => m.ti >= tj && m.tj <= i))) {
        claimAt = i;
        break;
      }
      if (w === ";" || w === ".") break;
    }
  }
  const objLimit = claimAt >= 0 ? Math.min(claimAt, Math.max(rb, claimAt)) : rb;

  // Subject: nearest mention before the trigger in its clause, not inside a prepositional phrase.
  const before = ms.filter((m) => m.tj <= ti && m.ti >= lb && !m.weak && !prepBefore(toks, m, lb));
  let subject: ActorMention[] = [];
  if (before.length > 0) subject = compoundLeft(ms, before[before.length - 1]!, toks);
  else if (lb > 0 && toks[lb - 1]!.low === ",") {
    // "Pakistan, a key U.S. ally in the war, has refused …": the subject stands before the apposition.
    let k = lb - 2;
    while (k >= 0 && toks[k]!.low !== ",") k--;
    const head = ms.filter((m) => m.tj <= k && m.tj >= k - 1 && !m.weak && m.kind !== "pronoun");
    if (k > 0 && head.length > 0) subject = compoundLeft(ms, head[head.length - 1]!, toks);
  }

  // "Viktar Babaryka, who was arrested": a relative passive's subject is the name before ", who".
  if (subject.length === 0 && passive) {
    let k = ti - 2;
    while (k > ti - 5 && k > 1 && toks[k]!.low !== "who") k--;
    const head = toks[k]?.low === "who" && toks[k - 1]?.low === "," ? ms.find((m) => m.tj === k - 1 && m.kind !== "pronoun") : undefined;
    if (head) subject = [head];
  }

  // Objects after the trigger.
  const after = ms.filter((m) => m.ti >= tj && m.tj <= objLimit);
  let object: ActorMention[] = [];
  for (const m of after) {
    const p = prepBefore(toks, m, tj);
    if (p === null && m.ti - tj <= 6) {
      object = compoundRight(ms, m, toks, objLimit);
      break;
    }
    if (p && (fam.recipientPreps?.includes(p) || (fam.reciprocal && p === "with") || (passive && p === "by"))) {
      object = compoundRight(ms, m, toks, objLimit);
      break;
    }
  }

  // A threat names its target in its condition: "threatened to stop talks if the United States …".
  if (object.length === 0 && fam.name === "threaten") {
    const cond = toks.findIndex((t, i) => i >= tj && t.low === "if");
    const target = cond >= 0 ? ms.find((m) => m.ti > cond && m.kind !== "pronoun" && !m.weak) : undefined;
    if (target) object = [target];
  }
  // Last resort: the first mention in the clause after the trigger, whatever introduces it.
  if (object.length === 0 && !passive) {
    const any = after.find((m) => m.kind !== "pronoun" || m.ti - tj <= 3);
    if (any) object = [any];
  }

  // A dictionary pattern that places the actors ($ source, + target, % both) overrides the defaults.
  if (fam.name === "lexicon") {
    const hit = lexiconCode(toks, ti, tj, lb, Math.max(rb, Math.min(toks.length, tj + 8)), ms);
    if (hit?.slots)
      return { ...slotArgs(toks, ms, hit.slots, hit.from ?? ti, lb, subject, object, objLimit), passive, claimAt, lb, rb, clauseEnd };
  }

  if (passive) {
    const by = after.find((m) => prepBefore(toks, m, tj) === "by");
    return { actors: by ? compoundRight(ms, by, toks, objLimit) : [], recipients: subject, passive, claimAt, lb, rb, clauseEnd };
  }
  return { actors: subject, recipients: object.filter((m) => !subject.includes(m)), passive, claimAt, lb, rb, clauseEnd };
}

/**
 * Actors from a pattern's slots. An unfilled side takes the usual reading: with only a target before the
 * verb ("noted that + *"), the source is the subject before the pattern's first word; with only a source
 * after it ("* protests from $"), the target is the clause subject.
 */
function slotArgs(
  toks: Tok[],
  ms: ActorMention[],
  slots: SlotFill[],
  from: number,
  lb: number,
  subject: ActorMention[],
  object: ActorMention[],
  limit: number,
): { actors: ActorMention[]; recipients: ActorMention[]; reciprocal?: boolean } {
  const expand = (f: SlotFill) =>
    f.side === "pre" ? compoundLeft(ms, f.mention, toks) : compoundRight(ms, f.mention, toks, Math.max(limit, f.mention.tj));
  const src = slots.find((f) => f.slot === "$");
  const tgt = slots.find((f) => f.slot === "+");
  const both = slots.find((f) => f.slot === "%");
  let actors = src ? expand(src) : both ? expand(both) : [];
  let recipients = tgt ? expand(tgt) : [];
  if (actors.length === 0) {
    if (tgt?.side === "pre") {
      const before = ms.filter((m) => m.tj <= from && !m.weak && m.kind !== "pronoun" && !prepBefore(toks, m, 0));
      const head = before[before.length - 1];
      actors = head ? compoundLeft(ms, head, toks) : [];
    } else actors = subject.filter((m) => !recipients.includes(m));
  }
  if (recipients.length === 0) {
    if (both) {
      const rest = object.filter((m) => !actors.includes(m));
      if (rest.length > 0) return { actors, recipients: rest };
      return actors.length >= 2
        ? { actors: actors.slice(0, 1), recipients: actors.slice(1), reciprocal: true }
        : { actors, recipients: [] };
    }
    recipients = src?.side === "post" ? subject : object;
  }
  void lb;
  return { actors, recipients: recipients.filter((m) => !actors.includes(m)) };
}
