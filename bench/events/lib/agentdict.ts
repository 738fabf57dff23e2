/** Parser for TABARI/PETRARCH agent dictionaries (Phoenix.agents.txt, PETR.Validate.agents.txt). */

function plural(w: string): string {
  if (/man$/.test(w)) return w.replace(/man$/, "men");
  if (/[^aeiou]y$/.test(w)) return w.replace(/y$/, "ies");
  if (/(s|sh|ch|x|z)$/.test(w)) return `${w}es`;
  return `${w}s`;
}

export function compileAgents(text: string): Record<string, string> {
  const subst: Record<string, string[]> = {};
  const out: Record<string, string> = {};
  for (const raw of text.split("\n")) {
    const line = raw
      .replace(/#.*$/, "")
      .replace(/<!--.*?-->/g, "")
      .trim();
    if (!line) continue;
    const sm = /^(!\w+!)\s*=\s*(.+)$/.exec(line);
    if (sm) {
      // Keyed in lower case: phrases are lower-cased before expansion ("FIRE!PERSON!" → "fire!person!").
      subst[sm[1]!.toLowerCase()] = sm[2]!.split(",").map((s) => s.trim().toLowerCase());
      continue;
    }
    const m = /^([^[{]+?)\s*(?:\{([^}]*)\})?\s*\[~?([^\]]*)\]/.exec(line);
    if (!m) continue;
    // "~GOV" follows the actor code, "NGO~" precedes it; we keep the code either way.
    const code = m[3]!.replace(/[~\s]/g, "");
    if (!code) continue;
    const bases = expand(m[1]!.trim().toLowerCase(), subst);
    const plurals = m[2]?.trim()
      ? m[2]
          .trim()
          .toLowerCase()
          .split(/\s+/)
          .flatMap((p) => expand(p, subst))
      : null;
    for (const b of bases) {
      const phrase = b.replace(/_+$/, "").replace(/_/g, " ").trim();
      if (!phrase) continue;
      if (!(phrase in out)) out[phrase] = code;
      // A substitution list already names both numbers ("!PERSON!" = man, men, …; "!MINIST!" = minister, ministers, …).
      if (!plurals && !/!\w+!/.test(m[1]!)) {
        const words = phrase.split(" ");
        const p = [...words.slice(0, -1), plural(words[words.length - 1]!)].join(" ");
        if (!(p in out)) out[p] = code;
      }
    }
    for (const p of plurals ?? []) {
      const phrase = p.replace(/_+$/, "").replace(/_/g, " ").trim();
      if (phrase && !(phrase in out)) out[phrase] = code;
    }
  }
  return out;
}

function expand(s: string, subst: Record<string, string[]>): string[] {
  const m = /!\w+!/.exec(s);
  if (!m) return [s];
  const alts = subst[m[0]] ?? [""];
  return alts.flatMap((a) => expand(s.replace(m[0], a), subst));
}
