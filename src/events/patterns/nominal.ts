/**
 * Light verb + event noun: "staged a hunger strike", "launched a mediation effort", "held talks",
 * "launched 10 days of war games". The noun decides the family; up to four words may stand between.
 */

import { accuse, complain, criticise, investigate, sue } from "./accuse.js";
import { attack, bomb } from "./assault.js";
import { arrest, blockade, deport, occupy, restrict } from "./coerce.js";
import { meet, phone, visit } from "./consult.js";
import { aid, cooperate } from "./cooperate.js";
import { exercise } from "./mobilize.js";
import { hunger, protest, strike } from "./protest.js";
import { reject } from "./reject.js";
import { appeal, demand } from "./request.js";
import { ease, easeCurfew, easeEmergency, withdraw } from "./retreat.js";
import { sanction } from "./sanction.js";
import { apologise, praise, recognise, sign } from "./support.js";
import { threaten } from "./threaten.js";
import type { Family } from "./types.js";
import { verb } from "./types.js";

export const LIGHT_VERBS = new Set([
  ...verb("stage", "staged"),
  ...verb("hold", "held"),
  ...verb("launch"),
  ...verb("continue"),
  ...verb("begin", "began", "begun"),
  ...verb("start"),
  ...verb("organize"),
  ...verb("organise"),
  ...verb("conduct"),
  ...verb("mount"),
  ...verb("carry", "carried"),
  ...verb("resume"),
  ...verb("open", "opened"),
  ...verb("join"),
  ...verb("participate"),
  ...verb("file"),
  // Verbs that make an ongoing act stronger or longer take the act of their object noun ("tightened the
  // naval blockade of Serbia", "stepped up attacks on …", "extended sanctions against …").
  ...verb("tighten"),
  ...verb("intensify", "intensified"),
  ...verb("escalate"),
  ...verb("step", "stepped"),
  ...verb("widen"),
  ...verb("expand"),
  ...verb("extend"),
  ...verb("renew"),
  ...verb("reinforce"),
  ...verb("strengthen"),
  // Who planned and led an act did it ("orchestrated the 9/11 attacks on the US").
  ...verb("orchestrate"),
  ...verb("mastermind"),
]);

/**
 * Verbs that name a verbal act by its noun: "made a formal complaint against …", "leveled greater
 * criticism at Biden", "issued an apology to …", "announced a complete withdrawal from the region", "paid a
 * visit to Beijing". Only with the nouns of SAID_ACT_NOUNS (not "made missiles", "issued rockets"), and only
 * when a preposition or the clause's end follows the noun ("issued a hurricane warning", "a threat level").
 */
export const SAYING_LIGHT_VERBS = new Set([
  ...verb("make", "made"),
  ...verb("issue"),
  ...verb("level", "levelled", "levelling"),
  ...verb("voice"),
  ...verb("express"),
  ...verb("lodge"),
  ...verb("announce"),
  ...verb("pay", "paid"),
  ...verb("deliver"),
]);
/** Said-act noun (lower case) → family, with the prepositions that name its recipient. */
export const SAID_ACT_NOUNS: Record<string, Family> = {
  criticism: { ...criticise, recipientPreps: ["of", "at", "against", "toward", "towards"] },
  condemnation: { ...criticise, recipientPreps: ["of", "at", "against"] },
  accusation: { ...accuse, recipientPreps: ["against", "at"] },
  accusations: { ...accuse, recipientPreps: ["against", "at"] },
  complaint: { ...complain, recipientPreps: ["against", "with", "to"] },
  complaints: { ...complain, recipientPreps: ["against", "with", "to"] },
  demand: { ...demand, recipientPreps: ["to", "on", "of"] },
  demands: { ...demand, recipientPreps: ["to", "on", "of"] },
  appeal: { ...appeal, recipientPreps: ["to"] },
  request: { ...appeal, recipientPreps: ["to"] },
  apology: { ...apologise, recipientPreps: ["to"] },
  visit: { ...visit, recipientPreps: ["to", "in"] },
  withdrawal: { ...withdraw, recipientPreps: ["from"] },
};

/**
 * Remarks a critical adjective qualifies are criticism of whom they are about ("made critical remarks about …
 * Dr. Anthony Fauci", "made disparaging comments about the judge"); remarks of any other kind are no act
 * ("made controversial comments").
 */
export const CRITICAL_REMARKS: Family = { ...criticise, recipientPreps: ["about", "of", "against", "at", "toward", "towards", "on"] };
export const REMARK_NOUNS = /^(remarks?|comments?|statements?)$/;
export const CRITICAL_ADJECTIVES = /^(critical|disparaging|derogatory|insulting|demeaning|scathing|withering|hostile|mocking)$/;
/** A jab taken at someone is criticism of them ("Obama took a veiled shot at Trump", "took a swipe at …"). */
export const JAB: Family = { ...criticise, recipientPreps: ["at"] };
export const TAKE_VERBS = new Set(verb("take", "took", "taken"));
// (Not "took shots at police": shots in the plural are fired.)
export const JAB_NOUNS = /^(swipes?|jabs?|digs?|shot|potshots?|pot-shots?)$/;
export const JAB_MODIFIERS =
  /^(a|another|veiled|thinly-veiled|thinly|parting|subtle|sharp|not-so-subtle|clear|direct|several|more|further|fresh|new|some)$/;

const mediate: Family = { name: "mediate", forms: [], code: "045", reciprocal: false, recipientPreps: ["between"] };

/** Event noun (lower case, possibly two words) → family. */
export const EVENT_NOUNS: Record<string, Family> = {
  "hunger strike": hunger,
  "hunger strikes": hunger,
  strike: strike,
  strikes: strike,
  protest: protest,
  protests: protest,
  demonstration: protest,
  demonstrations: protest,
  rally: protest,
  rallies: protest,
  march: protest,
  "sit-in": protest,
  // "held a special signing at the White House with President Trump": the signing of an agreement.
  signing: sign,
  "signing ceremony": sign,
  talks: meet,
  negotiations: meet,
  meeting: meet,
  meetings: meet,
  "mediation effort": mediate,
  mediation: mediate,
  "war games": exercise,
  "military exercises": exercise,
  "military drills": exercise,
  "naval exercises": exercise,
  "naval drills": exercise,
  "naval maneuvers": exercise,
  "military maneuvers": exercise,
  "military manoeuvres": exercise,
  "joint exercises": cooperate,
  "joint military exercises": cooperate,
  exercises: exercise,
  drills: exercise,
  maneuvers: exercise,
  manoeuvres: exercise,
  attack: attack,
  attacks: attack,
  offensive: attack,
  assault: attack,
  raid: attack,
  raids: attack,
  "air strikes": bomb,
  airstrikes: bomb,
  "air strike": bomb,
  airstrike: bomb,
  bombardment: bomb,
  // Coercive measures that are tightened, extended or renewed.
  blockade: blockade,
  "naval blockade": blockade,
  siege: blockade,
  sanctions: sanction,
  "economic sanctions": sanction,
  embargo: sanction,
  "arms embargo": sanction,
  curfew: restrict,
  restrictions: restrict,
  // Legal actions ("filed a combined lawsuit against …", "launched a legal challenge").
  lawsuit: sue,
  lawsuits: sue,
  "legal challenge": sue,
  "legal action": sue,
  // Fire of heavy weapons ("launched artillery, mortar, and rocket fire against …", "launched missiles at").
  artillery: bomb,
  "artillery fire": bomb,
  "rocket fire": bomb,
  "mortar fire": bomb,
  rockets: bomb,
  missiles: bomb,
  mortars: bomb,
  "rocket attack": bomb,
  "rocket attacks": bomb,
  "missile attack": bomb,
  "missile attacks": bomb,
  "missile strike": bomb,
  "missile strikes": bomb,
  "drone strike": bomb,
  "drone strikes": bomb,
};

/**
 * Verbs of easing a coercive measure, also with words between ("shortened by one hour the nightly curfew",
 * "lifted a two-week siege of …"): the measure decides the concession (CAMEO 08x, PLOVER CONCEDE).
 */
export const EASING_VERBS = new Set([
  ...verb("lift"),
  ...verb("ease"),
  ...verb("relax"),
  ...verb("loosen"),
  ...verb("shorten"),
  ...verb("revoke"),
  ...verb("rescind"),
]);
const easeRestrictions: Family = { ...easeCurfew, name: "ease-restrictions", code: "081" };
const easeBlockade: Family = { ...ease, name: "ease-blockade", code: "0872", recipientPreps: ["on", "of", "against"] };
/** Eased measure (lower case, up to three words) → family. */
export const EASED_NOUNS: Record<string, Family> = {
  curfew: easeCurfew,
  curfews: easeCurfew,
  "state of emergency": easeEmergency,
  "emergency rule": easeEmergency,
  "martial law": easeEmergency,
  sanctions: ease,
  "economic sanctions": ease,
  embargo: ease,
  "arms embargo": ease,
  boycott: ease,
  restrictions: easeRestrictions,
  ban: easeRestrictions,
  blockade: easeBlockade,
  siege: easeBlockade,
};

/** Consultations named as nouns with both sides after "between" ("talks between Iran and the EU", "a meeting
 * between Trump and Kim"): CONSULT, each side with the other. The sides must both be named (args.ts). */
export const meetBetween: Family = { ...meet, name: "meet-between", forms: [], recipientPreps: ["between"], between: true };
export const BETWEEN_NOUNS = new Set(["talks", "negotiations", "meeting", "meetings", "summit", "consultations", "dialogue"]);

/** Prepositions that introduce the recipient of an event named by its noun ("sanctions on Iran", "the
 * invasion of Kuwait", "talks with Israel", "a visit to China"). */
const NOUN_PREPS = ["on", "against", "of", "with", "to", "for", "into", "in", "over"];

function asNoun(fam: Family, code = fam.code): Family {
  return { ...fam, forms: [], code, recipientPreps: NOUN_PREPS, directObjectOnly: true, topicObject: true };
}

/**
 * Events named by a noun with their doer in a possessive or a by-phrase: "Iraq's invasion of Kuwait",
 * "Washington's sanctions on Iran", "Trump's visit to China", "an attack on the embassy by militants".
 * The recipient must be named after one of NOUN_PREPS (args.ts), else nothing is coded.
 */
const N = {
  attack: asNoun(attack),
  bomb: asNoun(bomb),
  meet: asNoun(meet),
  phone: asNoun(phone),
  visit: asNoun(visit),
  sanction: asNoun(sanction),
  occupy: asNoun(occupy),
  invade: asNoun(occupy, "192"),
  withdraw: asNoun(withdraw),
  criticise: asNoun(criticise),
  accuse: asNoun(accuse),
  reject: asNoun(reject),
  recognise: asNoun(recognise),
  threaten: asNoun(threaten),
  demand: asNoun(demand),
  appeal: asNoun(appeal),
  aid: asNoun(aid),
  blockade: asNoun(blockade),
  arrest: asNoun(arrest),
  expel: asNoun(deport),
  restrict: asNoun(restrict),
  praise: asNoun(praise),
  cooperate: asNoun(cooperate),
  investigate: asNoun(investigate),
};
export const DOER_NOUNS: Map<string, Family> = new Map(
  Object.entries({
    attack: N.attack,
    attacks: N.attack,
    assault: N.attack,
    offensive: N.attack,
    raid: N.attack,
    raids: N.attack,
    airstrikes: N.bomb,
    airstrike: N.bomb,
    bombing: N.bomb,
    bombardment: N.bomb,
    shelling: N.bomb,
    talks: N.meet,
    meeting: N.meet,
    // "a phone call made by President Trump … to Ukrainian President Volodymyr Zelensky" (only after
    // "phone"/"telephone": triggers.ts; "a call by the EU for …" is an appeal).
    call: N.phone,
    conversation: N.phone,
    visit: N.visit,
    sanctions: N.sanction,
    embargo: N.sanction,
    occupation: N.occupy,
    annexation: N.occupy,
    invasion: N.invade,
    withdrawal: N.withdraw,
    criticism: N.criticise,
    condemnation: N.criticise,
    accusations: N.accuse,
    accusation: N.accuse,
    rejection: N.reject,
    recognition: N.recognise,
    threat: N.threaten,
    threats: N.threaten,
    demand: N.demand,
    demands: N.demand,
    appeal: N.appeal,
    request: N.appeal,
    blockade: N.blockade,
    siege: N.blockade,
    arrest: N.arrest,
    detention: N.arrest,
    expulsion: N.expel,
    deportation: N.expel,
    ban: N.restrict,
    praise: N.praise,
    investigation: N.investigate,
    probe: N.investigate,
  }),
);

/**
 * Protests named as the subject of a verb of happening ("Anti-government protests have been taking place since
 * Tuesday", "The protest began outside the Legislative Council Complex", "protests continue in Baghdad"): the
 * noun is the act, done by the protesters of the place. (Not "strike": "the strike took place at Baghdad
 * International Airport" is an air strike.)
 */
export const HAPPENING_PROTEST_NOUNS = new Set([
  "protest",
  "protests",
  "demonstration",
  "demonstrations",
  "rally",
  "rallies",
  "march",
  "marches",
]);
/** Verbs of happening after such a noun, with the auxiliaries and adverbs that may stand between. */
export const HAPPENING_AUX = /^(have|has|had|been|was|were|is|are|also|soon|quickly|later|first|then|reportedly)$/;
export const HAPPENING_VERB =
  /^(began|begun|begin|begins|continued|continue|continues|continuing|erupted|erupt|erupts|spread|spreads|started|start|starts|escalated|resumed|flared|held|took|taking|broke|turned)$/;
/** Words that must follow some of these verbs ("took place", "broke out", "turned violent"). */
export const HAPPENING_PARTICLE: Record<string, RegExp> = {
  took: /^place$/,
  taking: /^place$/,
  broke: /^out$/,
  turned: /^violent$/,
};
export { protest as happeningProtest } from "./protest.js";
