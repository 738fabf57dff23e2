/** A small stop-word language guess (en, fr, de, es, pt, it, nl) plus script checks (ru, zh, ja, ko, ar). */
const STOP: Record<string, string[]> = {
  en: ["the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "said", "as", "it", "by"],
  fr: ["le", "la", "les", "de", "des", "et", "est", "une", "du", "que", "pour", "dans", "qui", "pas", "sur"],
  de: ["der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "eine", "zu", "sich", "auf", "für", "von"],
  es: ["el", "los", "las", "del", "que", "por", "una", "con", "para", "es", "se", "al", "como", "su", "más"],
  pt: ["os", "das", "dos", "não", "uma", "com", "para", "que", "em", "do", "da", "ao", "mais", "foi", "são"],
  it: ["il", "della", "che", "di", "per", "una", "sono", "con", "non", "gli", "del", "nel", "alla", "è", "anche"],
  nl: ["het", "een", "van", "en", "dat", "niet", "zijn", "met", "voor", "op", "ook", "maar", "werd", "wordt", "bij"],
};
const SETS = Object.fromEntries(Object.entries(STOP).map(([k, v]) => [k, new Set(v)]));
/** (A module constant: tsx's esbuild rebuilds an in-function `\p{…}` literal on every call; `match` resets a global regex.) */
const LETTER_RUNS = /\p{L}+/gu;

export function guessLanguage(text: string): string | undefined {
  const sample = text.slice(0, 5000);
  const counts: Record<string, number> = {};
  const cjk = (sample.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const kana = (sample.match(/[\u3040-\u30ff]/g) ?? []).length;
  const hangul = (sample.match(/[\uac00-\ud7af]/g) ?? []).length;
  const cyr = (sample.match(/[\u0400-\u04ff]/g) ?? []).length;
  const arabic = (sample.match(/[\u0600-\u06ff]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  const max = Math.max(cjk, kana, hangul, cyr, arabic, latin);
  if (max === 0) return undefined;
  if ((max === cjk || max === kana) && kana * 5 > cjk) return "ja";
  if (max === cjk || max === kana) return "zh";
  if (max === hangul) return "ko";
  if (max === arabic) return "ar";
  if (max === cyr) return /[ґєії]/i.test(sample) ? "uk" : "ru";
  const words = sample.toLowerCase().match(LETTER_RUNS) ?? [];
  for (const w of words) for (const [lang, set] of Object.entries(SETS)) if (set.has(w)) counts[lang] = (counts[lang] ?? 0) + 1;
  let best: string | undefined;
  let n = 0;
  for (const [lang, c] of Object.entries(counts))
    if (c > n) {
      best = lang;
      n = c;
    }
  return n >= 3 ? best : undefined;
}
