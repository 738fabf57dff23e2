/**
 * Recirculation labels: the short heading a site puts over its "you may also like" rail. When such a label sits inside the chosen main content after the story, everything from it
 * on is the rail (teaser excerpts can be full paragraphs, so weights alone do not cut them).
 * Matched on the whole line (a label, not "Related: <headline>" inside a story).
 */
const LABEL = new RegExp(
  `^(?:${[
    // "you may also like" in the languages of the benchmark pages: labels that open end-of-page rails.
    // "Related articles" and "Read more" are left out: sites put those boxes inside the story too.
    "you (?:may|might|will|could) (?:also )?(?:like|enjoy|be interested in)",
    "(?:recommended|picked) for you",
    "(?:what|recommended) to read next",
    "more (?:stories|articles|posts) (?:like this|you(?:['’]ll| will| may| might) like)",
    "voc[eê] (?:tamb[eé]m )?(?:pode|poder[aá]) (?:gostar|se interessar)(?: de)?",
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
