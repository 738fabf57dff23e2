/** Parser for TABARI/PETRARCH verb dictionaries (CAMEO.2.0.txt, PETR.Validate.verbs.txt) → VerbDictionary. */
import type { PatternItem, VerbDictionary, VerbFamily } from "../../../src/events/lexicon/types.js";

/** Regular English inflections of an upper-case base verb (TABARI generates these too). */
export function inflect(base: string): string[] {
  const b = base;
  const out = [b];
  if (/[^AEIOU]Y$/.test(b)) out.push(`${b.slice(0, -1)}IES`, `${b.slice(0, -1)}IED`, `${b}ING`);
  else if (/E$/.test(b)) out.push(`${b}S`, `${b}D`, `${b.slice(0, -1)}ING`);
  else if (/(S|SH|CH|X|Z)$/.test(b)) out.push(`${b}ES`, `${b}ED`, `${b}ING`);
  else out.push(`${b}S`, `${b}ED`, `${b}ING`);
  return out;
}

function items(text: string): PatternItem[] {
  const out: PatternItem[] = [];
  for (const raw of text.replace(/[(){}$+%^|]/g, " ").split(/\s+/)) {
    if (!raw) continue;
    if (raw.startsWith("&")) out.push({ s: raw.slice(1).replace(/_+$/, "") });
    else {
      const w = raw.replace(/_+$/, "").replace(/_/g, " ").replace(/\/.*$/, "");
      if (w && w !== "-") out.push({ w });
    }
  }
  return out;
}

export function compileVerbDictionary(text: string): VerbDictionary {
  const dict: VerbDictionary = { forms: {}, families: {}, synsets: {} };
  let synset: string | null = null;
  let family: VerbFamily | null = null;
  let familyName = "";
  let inVerbs = false;
  for (const rawLine of text.split("\n")) {
    const line = rawLine
      .replace(/#.*$/, "")
      .replace(/<!--.*?-->/g, "")
      .trimEnd();
    if (!line.trim()) {
      synset = null;
      continue;
    }
    const t = line.trim();
    const head = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(t);
    if (head) {
      inVerbs = true;
      synset = null;
      familyName = head[1]!;
      family = dict.families[familyName] ?? { code: head[2]!.trim(), patterns: [] };
      dict.families[familyName] = family;
      continue;
    }
    if (!inVerbs && t.startsWith("&")) {
      synset = t.slice(1).replace(/_+$/, "").trim();
      dict.synsets[synset] = [];
      continue;
    }
    if (synset && t.startsWith("+")) {
      dict.synsets[synset]!.push(t.slice(1).replace(/_+$/, "").replace(/_/g, " ").trim());
      continue;
    }
    if (!family) continue;
    if (t.startsWith("-")) {
      const m = /^-\s*(.*?)\s*\[([^\]]*)\]/.exec(t);
      if (!m) continue;
      const body = m[1]!;
      const star = body.indexOf("*");
      if (star < 0) continue;
      family.patterns.push({ pre: items(body.slice(0, star)), post: items(body.slice(star + 1)), code: m[2]!.trim() });
      continue;
    }
    // A verb line: WORD [code] {FORMS}  or  +PHRASAL_VERB [code] {+FORMS}
    const vm = /^\+?([A-Z][A-Z_'-]*)\s*(?:\[([^\]]*)\])?\s*(?:\{([^}]*)\})?/.exec(t);
    if (!vm) continue;
    const base = vm[1]!.replace(/_+$/, "");
    const own = vm[2]?.trim() || null;
    const parts = base.split("_");
    const forms = vm[3]
      ? [
          base,
          ...vm[3]
            .split(/\s+/)
            .filter(Boolean)
            .map((f) => f.replace(/^\+/, "").replace(/_+$/, "")),
        ]
      : parts.length > 1
        ? inflect(parts[0]!).map((v) => [v, ...parts.slice(1)].join("_"))
        : inflect(base);
    for (const f of forms) {
      const key = f.replace(/_/g, " ");
      if (!dict.forms[key]) dict.forms[key] = [familyName, own];
    }
  }
  return dict;
}
