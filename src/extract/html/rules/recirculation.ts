/**
 * Recirculation labels: the short heading a site puts over a rail of other stories ("You may also
 * like", "Related articles"). The body cuts the rail around such a label (see body.ts), since
 * teaser excerpts can be full paragraphs that weights alone do not cut. Matched on the whole line
 * (a label, not "Related: <headline>" inside a story).
 */
const LABEL = new RegExp(
  `^(?:${[
    // labels that open recirculation rails, in the languages of the benchmark pages ("read also"
    // labels are left out: they sit inside stories, over one link)
    "you (?:may|might|will|could) (?:also )?(?:like|enjoy|be interested in)",
    "(?:recommended|picked) for you",
    "(?:what|recommended) to read next",
    "more (?:stories|articles|posts) (?:like this|you(?:['’]ll| will| may| might) like)",
    "(?:more )?(?:related|recommended|similar|suggested) (?:articles?|stories|posts?|news|reads?|content|reading)",
    "also in the news",
    "more (?:stories|articles|news|posts) (?:from|on|in|about) .{1,30}",
    "voc[eê] (?:tamb[eé]m )?(?:pode|poder[aá]) (?:gostar|se interessar)(?: de)?",
    "(?:mat[eé]rias|not[ií]cias|artigos|art[ií]culos) relacionad[oa]s",
    "(?:tambi[eé]n )?te (?:puede|podr[ií]a) (?:interesar|gustar)",
    "vous (?:aimerez|pourriez aimer) (?:aussi|[ée]galement)",
    "(?:ti )?potrebbe(?:ro)? (?:interessarti|piacerti|anche interessarti)",
    "das k[oö]nnte (?:sie|dich) auch interessieren",
  ].join("|")})\\s*(?:\\.{3}|…|[:!?])?$`,
  "i",
);

export function isRecirculationLabel(text: string): boolean {
  return text.length <= 60 && LABEL.test(text.trim());
}
