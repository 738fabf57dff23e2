/**
 * Irregular simple past forms (and a few other common finite verbs) that show a clause has its own verb, as a regex
 * alternation shared by the reported-speech rules (indirect.ts's FINITE, according-to.ts's FINITE_WORD); regular
 * pasts in -ed are matched by their own pattern there.
 */
export const IRREGULAR_PAST_ALTERNATION =
  "left|made|took|gave|came|went|saw|got|sent|held|kept|met|paid|ran|won|lost|led|began|became|brought|bought|built|caught|chose|fell|felt|fought|grew|knew|meant|sold|spent|stood|struck|understood|shot|hit|broke|spoke|wrote|drove|rose|fled|flew|threw|told|said|thought|found|overran|sank|wore|tore|stole|froze|bore|swore|forgot|sought|taught|dealt|died|ate|drank|hid|slept|woke|awoke|heard|hung|fed|drew|dug|forgave|shook|rang|sang|swam|rode|wept|slid|swept|swung|withdrew|undertook|overtook|arose|underwent|withheld|upheld|mistook|oversaw|misled|sprang|shrank|strode";
