import { type Family, phrase, verb } from "./types.js";

/** COERCE (17x): seize, arrest, detain, deport, restrict, crack down; blockade and occupy (19x). */
export const arrest: Family = {
  name: "arrest",
  forms: [
    ...verb("arrest"),
    ...verb("detain"),
    ...verb("jail"),
    ...verb("imprison"),
    ...phrase(verb("take", "took", "taken"), "into custody"),
    ...verb("charge"),
  ],
  code: "173",
  claimPreps: ["for", "over", "on charges", "of"],
  // "Police have … detained him for questioning", "The forestry department arrested them": the police, a court
  // or a government arrests people in its own jurisdiction when the text names no other side.
  selfRecipientSectors: ["COP", "JUD", "GOV"],
};
/**
 * Driving people out of their homes ("The Israeli army forced out on Wednesday more than 1,000 Palestinian
 * refugees from their homes"): a mass expulsion (CAMEO 201, PLOVER ASSAULT). Forcing out one official is
 * no such act: only with "from their homes" in the clause.
 */
export const forceOut: Family = {
  name: "force-out",
  forms: [...phrase(verb("force", "forced"), "out"), ...phrase(verb("drive", "drove", "driven"), "out")],
  code: "---",
  after: [[/^[^.;]{0,80}?\bfrom (their|his|her) (homes?|houses|villages?|land)\b/, "201"]],
};
export const deport: Family = {
  name: "deport",
  forms: [...verb("deport"), ...verb("expel", "expelled")],
  code: "174",
  recipientPreps: ["from"],
  // Expelling an international presence (inspectors, observers, peacekeepers, aid agencies) cuts a
  // cooperative relation (CAMEO 166x, PLOVER SANCTION expel), not a coercion of individuals.
  after: [
    [/^\W*(\w+\W+){0,3}(inspectors|observers|monitors)\b/, "1662"],
    [/^\W*(\w+\W+){0,3}(peacekeepers|peacekeeping (troops|forces))\b/, "1661"],
    [/^\W*(\w+\W+){0,3}(aid (agencies|groups|organi[sz]ations|workers)|relief (agencies|groups|workers))\b/, "1663"],
  ],
};
export const seize: Family = {
  name: "seize",
  forms: [
    ...verb("seize"),
    ...verb("confiscate"),
    ...verb("raid"),
    ...verb("demolish"),
    ...verb("destroy"),
    ...verb("ransack"),
    ...verb("loot"),
  ],
  code: "171",
  after: [
    // Destroying an economy, growth, jobs or a reputation is a figure of speech, no seizure of property
    // ("warned that Biden could destroy the growth with his proposed tax increases").
    [
      /^\s+(?:(?:the|a|an|its|their|his|her|our|this|that|your|my)\s+)?(?:[\w-]+\s+){0,2}?(?:economy|economies|growth|jobs|recovery|markets?|industry|reputations?|careers?|credibility|trust|democracy|morale|chances|lives|livelihoods)\b/,
      "---",
    ],
  ],
};
export const restrict: Family = {
  name: "restrict",
  forms: [
    ...verb("ban"),
    ...verb("banned"),
    ...verb("outlaw"),
    ...phrase(verb("impose"), "a curfew"),
    ...phrase(verb("impose"), "restrictions"),
    ...verb("censor"),
    ...phrase(verb("impose"), "a night curfew"),
    ...phrase(verb("impose"), "a nightly curfew"),
  ],
  code: "172",
  selfRecipient: true,
};
/**
 * Declaring a state of emergency or martial law ("Wisconsin Governor Tony Evers declared a state of
 * emergency"): CAMEO 1724, impose state of emergency or martial law (PLOVER COERCE), the code the
 * dictionary gives "extend the national state of emergency" too — not the generic restriction 172.
 */
export const emergency: Family = {
  ...restrict,
  name: "emergency",
  forms: [
    ...phrase(verb("declare"), "a state of emergency"),
    ...phrase(verb("declare"), "a national state of emergency"),
    ...phrase(verb("declare"), "a national emergency"),
    ...phrase(verb("declare"), "martial law"),
    ...phrase(verb("impose"), "martial law"),
    ...phrase(verb("impose"), "a state of emergency"),
  ],
  code: "1724",
};
export const crackdown: Family = {
  name: "crackdown",
  forms: [
    ...phrase(verb("crack", "cracked"), "down"),
    ...verb("disperse"),
    ...phrase(verb("fire", "fired"), "tear gas"),
    ...phrase(verb("use", "used"), "tear gas"),
  ],
  code: "175",
  recipientPreps: ["on"],
  // "police fired tear gas": crowd control acts on the state's own people when none is named.
  selfRecipientSectors: ["COP", "MIL", "GOV"],
};
/** Using riot-control means on people ("used water cannons and tear gas against protesters"): 175, repression
 * (PLOVER COERCE). Any other use of "use" is no event here. */
export const useForce: Family = {
  name: "use-force",
  forms: [...verb("use", "used")],
  code: "---",
  recipientPreps: ["on", "against"],
  selfRecipientSectors: ["COP", "MIL", "GOV"],
  after: [
    [
      /^[^.;:]{0,50}?\b(tear ?gas|water cannons?|water canons?|rubber bullets|pepper spray|pepper balls|batons|stun grenades|live (?:ammunition|rounds)|excessive force)\b/,
      "175",
    ],
  ],
};
export const occupy: Family = {
  name: "occupy",
  forms: [...verb("occupy", "occupied"), ...verb("annex"), ...phrase(verb("take", "took", "taken"), "control of")],
  code: "192",
};
/**
 * Capturing: troops or rebels capturing in combat use force (PLOVER ASSAULT: "combatants captured during
 * conflict" are abducted, not arrested; "Burmese troops have captured part of a Karen guerrilla
 * stronghold"); the police capturing someone arrest them; others take the place (192, as occupying).
 */
export const capture: Family = {
  name: "occupy",
  forms: [...verb("capture"), ...verb("recapture")],
  code: "192",
  bySector: { MIL: "190", REB: "190", COP: "173" },
};
export const blockade: Family = { name: "blockade", forms: [...phrase(verb("impose"), "a blockade"), ...verb("besiege")], code: "191" };
