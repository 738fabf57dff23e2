/** Agent nouns ("officials", "troops", "police") → sector, from data/codebooks (Phoenix + curated). */
import { readFileSync } from "node:fs";

const DIR = new URL("../../../data/codebooks/", import.meta.url);
const phoenix: Record<string, string> = JSON.parse(readFileSync(new URL("agents.json", DIR), "utf8")).agents;
const curated: Record<string, string> = JSON.parse(readFileSync(new URL("agents.curated.json", DIR), "utf8")).agents;

/** First word → longest phrase length, over both lists. */
const firstWords = new Map<string, number>();
for (const phrase of [...Object.keys(phoenix), ...Object.keys(curated)]) {
  const ws = phrase.split(" ");
  firstWords.set(ws[0]!, Math.max(firstWords.get(ws[0]!) ?? 0, ws.length));
}

/** CAMEO agent codes that are not one of our sectors → our sector. */
const NORMALISE: Record<string, string> = {
  OPP: "PTY",
  UAF: "REB",
  SPY: "GOV",
  ELI: "ELI",
  MOD: "PTY",
  RAD: "REB",
  INS: "REB",
  SEP: "REB",
};

/** Longest agent phrase (up to 4 words) starting at word i; returns sector and length in words. */
export function agentAt(low: string[], i: number, maxWords = 4): { sector: string; length: number } | null {
  const longest = firstWords.get(low[i] ?? "");
  if (!longest) return null;
  for (let n = Math.min(maxWords, longest, low.length - i); n >= 1; n--) {
    const phrase = low.slice(i, i + n).join(" ");
    const c = curated[phrase];
    if (c) return { sector: c, length: n };
    const p = phoenix[phrase];
    if (p) {
      const s = p.slice(0, 3);
      return { sector: NORMALISE[s] ?? s, length: n };
    }
  }
  return null;
}
