/**
 * The date of an event: the resolved time of its clause (nearest to the trigger), else a time of the
 * sentence outside any claim, else the anchor (dateline or publication date), marked as such. Times that
 * only modify a noun ("the 2016 election") do not date the act.
 */
import type { EventDate, TimeRef } from "../model/index.js";
import { isHistorical } from "./modes.js";
import { type Tok, tokenAt } from "./text/tokens.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const LETTER_FIRST = /^[\p{L}]/u;

const DET = /^(the|a|an|its|his|her|their|this|that|whose|last|next)$/;

function isModifier(toks: Tok[], t: TimeRef): boolean {
  const i = tokenAt(toks, t.start);
  const j = tokenAt(toks, t.end);
  const before = toks[i - 1]?.low ?? "";
  const after = toks[j];
  // "the 2016 U.S. presidential election", "its 2018 budget": a bare year between a determiner and a noun.
  return DET.test(before) && /^\d{4}$/.test(t.text.trim()) && after !== undefined && LETTER_FIRST.test(after.text);
}

export interface DateChoice {
  date: EventDate;
  time?: TimeRef;
}

/** Words that open another clause or event between a trigger and a later time ("… people believed to
 * have been involved in the assassination … in January"): that time belongs to the other event. */
const OTHER_CLAUSE =
  /^(who|whom|whose|which|that|believed|after|before|since|when|while|following|during|over|involved|accused|suspected)$/;

/** Whether a time at token `k` after the trigger at `ti` is the trigger's own (near, no clause opener between). */
function ownTime(toks: Tok[], ti: number, k: number): boolean {
  if (k - ti > 10) return false;
  for (let i = ti + 1; i < k; i++) if (OTHER_CLAUSE.test(toks[i]!.low)) return false;
  return true;
}

/** Whether a time at token k after the trigger at ti is still the trigger's, over a list of names ("by
 * Egypt, Greece and Cyprus on October 8"): near, no clause opener, no ", and"/", but" or semicolon between. */
function listTime(toks: Tok[], ti: number, k: number): boolean {
  if (k - ti > 14) return false;
  for (let i = ti + 1; i < k; i++) {
    const w = toks[i]!.low;
    if (OTHER_CLAUSE.test(w) || /^[;:—–-]$/.test(w) || w === "--") return false;
    // ", and …", ", in Paris …" open another part; ", in 2011." is the time itself.
    if (w === "," && i + 2 < k && /^(and|but|or|then|while|as|with|including|in|on|at)$/.test(toks[i + 1]?.low ?? "")) return false;
  }
  return true;
}

/** A year set off by a comma at the end of a long clause ("was convicted of multiple drug violations, as well
 * as related charges involving possession of a firearm, in 2006 in the Northern District of Texas"): the
 * act's own time when no clause opener or semicolon stands between. */
function adjunctYear(toks: Tok[], ti: number, k: number, t: TimeRef): boolean {
  if (k - ti > 40 || toks[k - 1]?.low !== "in" || toks[k - 2]?.low !== "," || !/^\d{4}$/.test(t.text.trim())) return false;
  for (let i = ti + 1; i < k; i++) if (OTHER_CLAUSE.test(toks[i]!.low) || /^[;:—–]$/.test(toks[i]!.low)) return false;
  return true;
}

/** A time at token k before the trigger ti inside a relative clause that closes before it ("her husband,
 * who was arrested in May, and promised …"): it dates that clause, not the trigger. */
function inClosedRelative(toks: Tok[], k: number, ti: number): boolean {
  if (k >= ti) return false;
  let opened = false;
  for (let i = k - 1; i >= Math.max(0, k - 8); i--) {
    const w = toks[i]!.low;
    if (/^(who|which|whom|whose)$/.test(w)) {
      opened = true;
      break;
    }
    if (/^[,;:]$/.test(w)) break;
  }
  if (!opened) return false;
  for (let i = k + 1; i < ti; i++) if (toks[i]!.low === ",") return true;
  return false;
}

/** A time after "until"/"till"/"pending" that follows the trigger ("ordered the accused remain in custody
 * until his next court appearance on April 5") bounds the act; it is not when the act happened. */
function boundAfter(toks: Tok[], ti: number, k: number): boolean {
  for (let i = ti + 1; i < k; i++) if (/^(until|till|pending)$/.test(toks[i]!.low)) return true;
  return false;
}

/** Nouns of an occasion that has a time of its own. */
const OCCASION =
  /^(call|calls|conversation|meeting|meetings|summit|talks|visit|election|elections|vote|referendum|debate|debates|hearing|trial|rally|protest|protests|attack|attacks|shooting|bombing|incident|war|speech|interview)$/;

/** A time after "of a/the <occasion noun>" that follows the trigger ("subpoenaed a full transcript of a call
 * between Trump and … Zelensky in late July"): it dates the occasion the object tells of, not the act. */
function occasionTime(toks: Tok[], ti: number, k: number): boolean {
  for (let i = ti + 2; i < k; i++)
    if (OCCASION.test(toks[i]!.low) && /^(a|an|the)$/.test(toks[i - 1]!.low) && toks[i - 2]!.low === "of") return true;
  return false;
}

/** The token a time starts in. */
function startToken(toks: Tok[], t: TimeRef): number {
  return tokenAt(toks, t.start);
}

/** A day first, then a month, then a year or coarser. */
function precisionRank(t: TimeRef): number {
  return t.value!.length >= 10 ? 0 : t.value!.length >= 7 ? 1 : 2;
}

/** The event dated by a time of its own sentence. */
function fromSentence(t: TimeRef): DateChoice {
  const date: EventDate = { value: t.value, precision: t.precision, source: "sentence" };
  if (t.mod) date.mod = t.mod;
  return { date, time: t };
}

export function chooseDate(
  toks: Tok[],
  times: TimeRef[],
  ti: number,
  lb: number,
  rb: number,
  claimAt: number,
  anchor: { value: string | null; source: string },
): DateChoice {
  // (A year that modifies the trigger itself is its date: "after his 2016 arrest".)
  const usable = times.filter(
    (t) =>
      t.value &&
      (!isModifier(toks, t) || tokenAt(toks, t.end) === ti) &&
      !inClosedRelative(toks, startToken(toks, t), ti) &&
      !boundAfter(toks, ti, startToken(toks, t)) &&
      !occasionTime(toks, ti, startToken(toks, t)),
  );
  const outsideClaim = usable.filter((t) => claimAt < 0 || startToken(toks, t) < claimAt);
  const inClause = outsideClaim.filter((t) => startToken(toks, t) >= lb && startToken(toks, t) < rb);
  // A fronted time ("On Thursday, …") dates the whole sentence unless the trigger's clause has its own.
  // (The analysis may include the comma in the time's text: "Monday,".)
  const fronted = outsideClaim.find((t) => startToken(toks, t) <= 2 && (/,\s*$/.test(t.text) || toks[tokenAt(toks, t.end)]?.low === ","));
  if (fronted && !inClause.some((t) => startToken(toks, t) > ti && ownTime(toks, ti, startToken(toks, t)))) return fromSentence(fronted);
  const pool = inClause.length > 0 ? inClause : outsideClaim.filter((t) => startToken(toks, t) < ti);
  if (pool.length > 0) {
    // The most precise time first (a day beats "2020" from "night"), then the nearest to the trigger.
    const best = pool.reduce((a, b) =>
      precisionRank(a) < precisionRank(b) ||
      (precisionRank(a) === precisionRank(b) && Math.abs(startToken(toks, a) - ti) <= Math.abs(startToken(toks, b) - ti))
        ? a
        : b,
    );
    return fromSentence(best);
  }
  // A time later in the sentence past the clause bound the arguments use, when nothing opens another clause
  // between ("was condemned in a joint statement by Egypt, Greece and Cyprus on October 8"): the act's own
  // time, before the time of the previous sentences or the story.
  // (Not an anaphoric "the same day"/"that day", which names the day of another act, unless it closes the
  // sentence set off by ", on": "The second attack … was in Linwood Mosque, killing at least eight people, on the
  // same day." is the day of the act the sentence tells, as the analysis resolved it.)
  // A comma-set year past a charge is the act's too ("was convicted of making false statements … and obstructing
  // …, among other crimes, in 2010 in the Southern District of New York"): the charge ends at its comma.
  const later = usable.find(
    (t) =>
      startToken(toks, t) > ti &&
      (!/^(the same|that|this)\b/i.test(t.text) || sentenceFinalAdjunct(toks, t)) &&
      (((claimAt < 0 || startToken(toks, t) < claimAt) && listTime(toks, ti, startToken(toks, t))) ||
        adjunctYear(toks, ti, startToken(toks, t), t)),
  );
  if (later) return fromSentence(later);
  return {
    date: {
      value: anchor.value,
      precision: !anchor.value
        ? undefined
        : anchor.value.length === 10
          ? "day"
          : anchor.value.includes("W")
            ? "week"
            : anchor.value.length === 7
              ? "month"
              : undefined,
      source: anchor.source,
    },
  };
}

/** A time that ends its sentence set off by ", on" (", on the same day."). */
function sentenceFinalAdjunct(toks: Tok[], t: TimeRef): boolean {
  const k = startToken(toks, t);
  const end = tokenAt(toks, t.end);
  return toks[k - 1]?.low === "on" && toks[k - 2]?.low === "," && (end >= toks.length || /^[.!]$/.test(toks[end]!.low));
}

/** Openers of a clause that follows an act and tells what came with it or caused it: a coordinated clause (", and
 * he received …", ", but …") or a clause of cause ("since she did not wear …", "because …"): the opener's token, else -1. */
function followingClause(toks: Tok[], ti: number, k: number): number {
  for (let i = ti + 1; i < k; i++) {
    const w = toks[i]!.low;
    if (/^(who|whom|whose|which)$/.test(w) || /^[;:—–"“”]$/.test(w)) return -1;
    if (/^(since|because)$/.test(w) || (w === "," && /^(and|but)$/.test(toks[i + 1]?.low ?? ""))) {
      for (let j = i + 1; j < k; j++) if (/^(who|whom|whose|which)$/.test(toks[j]!.low) || /^[;:—–"“”]$/.test(toks[j]!.low)) return -1;
      return i;
    }
  }
  return -1;
}

/**
 * An act with no time of its own followed in its sentence by a clause that tells what came with it or caused it
 * in an earlier year than the story ("A jury convicted Blankenship of misdemeanor conspiracy …, and he received a
 * one year prison sentence in 2016.", "Dorsa Derakhshani was banned since she did not wear a hijab … in January
 * 2017."): the act belongs to that past, not to the story's day. (A year that only names a noun — "a 2005 law" —
 * or a time in a relative clause about a participant — "…, who was convicted in 2016" — says nothing of it.)
 */
export function backdropAfter(toks: Tok[], times: TimeRef[], ti: number, claimAt: number, anchorValue: string | null): boolean {
  if (!anchorValue) return false;
  return times.some((t) => {
    const k = startToken(toks, t);
    return (
      t.value !== null &&
      t.value !== undefined &&
      !t.mod &&
      k > ti &&
      !isModifier(toks, t) &&
      isHistorical(t.value, anchorValue) &&
      // (The clause ends a charge the act names: "convicted Blankenship of …, and he received …".)
      followingClause(toks, ti, k) > Math.max(ti, claimAt)
    );
  });
}
