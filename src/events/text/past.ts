/** Irregular simple past forms of verbs that tell events (and of verbs of saying). */
export const IRREGULAR_PAST =
  /^(met|held|told|said|spoke|took|gave|sent|struck|shot|fought|beat|cut|put|froze|broke|withdrew|forgave|went|began|lent|found|expelled|occupied|ratified|denied|defied|decried|rallied|vetoed|left|rose|fell|led|made|won|lost|saw|came|ran|hit|set|kept|paid|sold|stood|brought|bought|taught|thought|sought|wrote|chose|drove|flew|grew|knew|threw|swore|tore|bore|stole|rode|shook|overthrew|undertook|let|quit|bid|fled|dealt|meant|slew|spread|upheld|withheld|forbade|arose)$/;

/** A simple past form: regular in -ed, or irregular. */
export function isPastForm(w: string): boolean {
  return w.endsWith("ed") || IRREGULAR_PAST.test(w);
}
