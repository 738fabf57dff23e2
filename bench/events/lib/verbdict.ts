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

/**
 * A pattern body ("SAID $ * TO_ ^ FROM +", "* (TO {BANNED PARTIES}) $") → pre and post items. Blanks
 * allow words in between, "_" joins neighbours; the PETRARCH2 phrase brackets () {} only group.
 */
export function patternItems(body: string): { pre: PatternItem[]; post: PatternItem[] } | null {
  const seq: { tok: string; joined: boolean }[] = [];
  for (const chunk of body.replace(/[(){}|]/g, " ").split(/\s+/)) {
    if (!chunk) continue;
    chunk.split("_").forEach((tok, k) => {
      if (tok) seq.push({ tok, joined: k > 0 && seq.length > 0 });
    });
  }
  const star = seq.findIndex((x) => x.tok === "*");
  if (star < 0) return null;
  const item = (tok: string): PatternItem | null => {
    if (tok === "$" || tok === "+" || tok === "%" || tok === "^") return { slot: tok };
    if (tok.startsWith("&")) return { s: tok.slice(1) };
    const w = tok.replace(/\/.*$/, "");
    return w && w !== "-" ? { w } : null;
  };
  const pre: PatternItem[] = [];
  for (let k = 0; k < star; k++) {
    const it = item(seq[k]!.tok);
    if (!it) continue;
    if (seq[k + 1]?.joined) it.adj = true;
    pre.push(it);
  }
  const post: PatternItem[] = [];
  for (let k = star + 1; k < seq.length; k++) {
    const it = item(seq[k]!.tok);
    if (!it) continue;
    if (seq[k]!.joined) it.adj = true;
    post.push(it);
  }
  return { pre, post };
}

/** Surface forms of a verb line's verb: "+CORDON_OFF" → CORDON OFF, CORDONS OFF, …; "WIRE_+TAP" inflects TAP. */
function verbForms(base: string, listed: string[] | null): string[] {
  const words = base.split(/[_ ]+/).filter(Boolean);
  let head = words.findIndex((w) => w.startsWith("+"));
  if (head < 0) head = 0;
  const clean = (w: string) => w.replace(/^\+/, "");
  const phrase = words.map(clean).join(" ");
  if (listed) return [phrase, ...listed.map((f) => f.split(/[_ ]+/).filter(Boolean).map(clean).join(" "))];
  return inflect(clean(words[head]!)).map((v) => words.map((w, k) => (k === head ? v : clean(w))).join(" "));
}

export function compileVerbDictionary(text: string): VerbDictionary {
  const dict: VerbDictionary = { forms: {}, families: {}, synsets: {} };
  let synset: string | null = null;
  let family: VerbFamily | null = null;
  let familyName = "";
  for (const rawLine of text.split("\n")) {
    const line = rawLine
      .replace(/[#;].*$/, "")
      .replace(/<!--.*?-->/g, "")
      .trimEnd();
    if (!line.trim()) {
      synset = null;
      continue;
    }
    const t = line.trim();
    const head = /^---\s+(\S+)(?:\s+\S+)*?\s+\[([^\]]*)\]/.exec(t);
    if (head) {
      synset = null;
      familyName = head[1]!;
      family = dict.families[familyName] ?? { code: head[2]!.trim(), patterns: [] };
      dict.families[familyName] = family;
      continue;
    }
    // A synset may be defined anywhere (before the block that uses it); its "+" lines follow it.
    if (t.startsWith("&")) {
      synset = t.slice(1).split(/\s/)[0]!.replace(/_+$/, "");
      dict.synsets[synset] = [];
      continue;
    }
    if (synset && t.startsWith("+")) {
      dict.synsets[synset]!.push(t.slice(1).replace(/_+$/, "").replace(/_/g, " ").trim());
      continue;
    }
    synset = null;
    if (!family) continue;
    if (t.startsWith("-")) {
      const m = /^-\s*(.*?)\s*\[([^\]]*)\]/.exec(t);
      if (!m) continue;
      const items = patternItems(m[1]!);
      if (items) family.patterns.push({ ...items, code: m[2]!.trim() });
      continue;
    }
    // A verb line: WORD [code] {FORMS}, +PHRASAL_VERB {+FORMS}, WIRE_+TAP {…}, LASH OUT [code].
    const vm = /^([A-Z+][A-Z_'+ -]*?)\s*(?:\[([^\]]*)\])?\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?\s*$/.exec(t);
    if (!vm) continue;
    const base = vm[1]!.replace(/_+$/, "").trim();
    if (!/[A-Z]/.test(base)) continue;
    const own = (vm[2] ?? vm[4])?.trim() || null;
    const listed = vm[3]?.trim() ? vm[3].trim().split(/\s+/) : null;
    for (const f of verbForms(base, listed)) if (!dict.forms[f]) dict.forms[f] = [familyName, own];
  }
  // Synsets inside synsets ("+&TIETYPES") expand to their members.
  const expand = (name: string, seen: Set<string>): string[] =>
    (dict.synsets[name] ?? []).flatMap((m) => (m.startsWith("&") && !seen.has(m) ? expand(m.slice(1), new Set([...seen, m])) : [m]));
  for (const name of Object.keys(dict.synsets)) dict.synsets[name] = expand(name, new Set([`&${name}`]));
  return dict;
}
