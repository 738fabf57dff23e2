/**
 * Intentions and demands inside reported speech, coded as what they are in CAMEO/PLOVER:
 * - "X is ready to send troops", "X said it would allow inspectors" → an intent (03x, AGREE) when the act
 *   is cooperative, a threat (13x, THREATEN) when it is hostile;
 * - "X said Y must withdraw" → a demand (10x, REQUEST) by X on Y.
 * Acts performed by being announced (sanctions, bans, expulsions) are not turned into intents.
 */
import { isCameoCode } from "./codebook.js";
import type { Tok } from "./text/tokens.js";

const GOVERNORS =
  /^(ready|prepared|willing|eager|keen|determined|plans|planned|planning|intends|intended|intend|decided|expects|wants|wanted|seeks|sought|hopes|promised|pledged|vowed|offered|prefer|prefers|preferred|wish|wishes|wished|aims|aimed)$/;

/** "is ready to V", "plans to V": the word that governs an infinitive trigger, if it expresses intent. */
export function intentGovernor(toks: Tok[], ti: number): boolean {
  if (toks[ti - 1]?.low !== "to") return false;
  for (let k = ti - 2; k >= Math.max(0, ti - 4); k--) if (GOVERNORS.test(toks[k]!.low)) return true;
  return false;
}

const WISH = /^(want|wants|wanted|wish|wishes|wished|expect|expects|expected|prefer|prefers|preferred)$/;

/** "the Taliban wants foreign forces to leave": an act wished of someone named between the wish and "to" is
 * neither done nor intended by its doer. `named(from, to)` says whether an actor stands in that stretch. */
export function wishedOfOther(toks: Tok[], ti: number, named: (from: number, to: number) => boolean): boolean {
  if (toks[ti - 1]?.low !== "to") return false;
  for (let g = ti - 3; g >= Math.max(0, ti - 6); g--) {
    if (/^[,;:]$/.test(toks[g]!.low)) return false;
    if (WISH.test(toks[g]!.low)) return named(g + 1, ti - 1);
  }
  return false;
}

/** "voted to impose", "moved to expel": a body's decision to act, told as done, is the act itself. */
export function enactGovernor(toks: Tok[], ti: number): boolean {
  if (toks[ti - 1]?.low !== "to") return false;
  const g = /ly$/.test(toks[ti - 2]?.low ?? "") ? ti - 3 : ti - 2;
  return /^(voted|moved)$/.test(toks[g]?.low ?? "");
}

/** Performative acts: announcing them is doing them. */
const PERFORMATIVE = /^(16[13456]|172|174)/;

function pick(...codes: string[]): string {
  for (const c of codes) if (isCameoCode(c)) return c;
  return codes[codes.length - 1]!;
}

/** The intent code for an act (null when the act has no intent reading or is performative). */
export function intentCode(code: string, governed = false): string | null {
  // "imposed sanctions, it said" is the act; "plans to impose sanctions" is not yet.
  if (PERFORMATIVE.test(code) && !governed) return null;
  const root = Number(code.slice(0, 2));
  const sub = code.slice(2);
  switch (root) {
    case 4:
      return "036";
    case 5:
      return code === "057" ? "037" : "032";
    case 6:
      return pick(`031${sub.slice(0, 1)}`, "031");
    case 7:
      return pick(`033${sub.slice(0, 1)}`, "033");
    case 8:
      return code.startsWith("084")
        ? "0353"
        : code.startsWith("085")
          ? "0354"
          : code.startsWith("087")
            ? "0356"
            : code.startsWith("086")
              ? "0355"
              : "035";
    case 14:
      return "133";
    case 15:
      return "138";
    case 16:
      return code.startsWith("162") ? pick("1311", "131") : "134";
    case 17:
      return code.startsWith("173") ? pick("1313", "131") : "131";
    case 18:
    case 19:
    case 20:
      return "138";
    default:
      return null;
  }
}

/** The demand code for an act someone "must" do. */
export function demandCode(code: string): string {
  const root = Number(code.slice(0, 2));
  if (root === 4 || code.startsWith("036")) return "108";
  if (root === 7) return "103";
  if (code.startsWith("084") || code.startsWith("0353")) return pick("1053", "105");
  if (code.startsWith("087") || code.startsWith("0356")) return pick("1056", "105");
  if (root === 8 || code.startsWith("035")) return "105";
  if (root === 3 || root === 5 || root === 6) return "102";
  return "100";
}

/** A "must"/"should" between the subject and the trigger. */
export function mustBefore(toks: Tok[], ti: number, lb: number): boolean {
  for (let k = ti - 1; k >= Math.max(lb, ti - 3); k--) if (toks[k]!.low === "must" || toks[k]!.low === "should") return true;
  return false;
}

/**
 * The refusal code for a cooperative act someone says they will not do ("said it would not negotiate with
 * the United States", "would not commit to a peaceful transfer of power"): CAMEO 12x, PLOVER REJECT; null
 * for acts that are not cooperative (not attacking is no rejection).
 */
export function refusalCode(code: string): string | null {
  const root = Number(code.slice(0, 2));
  const sub = code.slice(2, 3);
  switch (root) {
    case 3:
      return code.startsWith("036") ? "125" : code.startsWith("037") ? "127" : "120";
    case 4:
      return "125";
    case 5:
      return code === "057" ? "127" : "120";
    case 6:
      return pick(`121${sub}`, "121");
    case 7:
      return pick(`122${sub}`, "122");
    case 8: {
      const yieldSub: Record<string, string> = { "1": "1241", "2": "1242", "4": "1243", "5": "1244", "6": "1245", "7": "1246" };
      return yieldSub[sub] ?? "124";
    }
    default:
      return null;
  }
}

/** "will not", "would not", "won't" before the trigger (not "could not": an inability is no refusal). */
export function willNot(toks: Tok[], ti: number, lb: number): boolean {
  const window = toks.slice(Math.max(lb, ti - 5), ti).map((t) => t.low);
  return window.some((w) => /^(will|would|wo|shall)$/.test(w)) && !window.some((w) => /^(could|can|cannot|ca|might|may)$/.test(w));
}
