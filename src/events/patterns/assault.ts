import { type Family, phrase, verb } from "./types.js";

/** ASSAULT (18x–20x): attack, bomb, shell, kill, shoot, abduct, assassinate. */
export const attack: Family = {
  name: "attack",
  forms: [
    ...verb("attack"),
    ...verb("assault"),
    ...verb("ambush"),
    ...verb("invade"),
    ...phrase(verb("open", "opened"), "fire"),
    ...phrase(verb("launch"), "an attack"),
    ...phrase(verb("carry", "carried"), "out an attack"),
    ...phrase(verb("launch"), "attacks"),
    ...phrase(verb("launch"), "strikes"),
    ...phrase(verb("launch"), "an offensive"),
    ...verb("raid"),
  ],
  code: "190",
  recipientPreps: ["on", "against", "at"],
  // Criminals' attacks ("Multiple assailants attacked al-Quaety") are unconventional violence (18x), as are
  // civilians' and rebels'; only armed forces use conventional military force (190).
  bySector: { CVL: "180", REB: "180", CRM: "180", "": "180" },
  after: [
    [/\b(artillery|tanks?\b|shell)/, "194"],
    [/\b(air ?strikes?|airstrikes?|jets?|drones?|aircraft|warplanes?)/, "195"],
  ],
};
export const bomb: Family = {
  name: "bomb",
  forms: [
    ...verb("bomb"),
    ...verb("shell"),
    ...verb("bombard"),
    ...phrase(verb("carry", "carried"), "out air strikes"),
    ...phrase(verb("carry", "carried"), "out airstrikes"),
    ...verb("airstrike"),
  ],
  code: "195",
  recipientPreps: ["on", "against", "at"],
  bySector: { REB: "183", CVL: "183" },
  after: [
    // A noun in a compound: "mortar and shell manufacturer Hirtenberger", "a shell company".
    [/^\s+(?:manufacturers?|makers?|producers?|compan(?:y|ies)|firms?|corporations?|casings?|factor(?:y|ies)|plants?)\b/, "---"],
    [/\b(artillery|mortars?)/, "194"],
  ],
};
export const shoot: Family = {
  name: "shoot",
  forms: [
    ...verb("shoot", "shot"),
    ...phrase(verb("fire", "fired"), "on"),
    ...phrase(verb("fire", "fired"), "at"),
    ...verb("gun", "gunned"),
  ],
  code: "190",
  bySector: { COP: "175", CVL: "180", CRM: "180", REB: "193", MIL: "193", "": "180" },
  recipientPreps: ["at", "on"],
};
export const kill: Family = {
  name: "kill",
  forms: [...verb("kill"), ...verb("massacre"), ...verb("execute"), ...verb("murder"), ...verb("behead")],
  code: "180",
  bySector: { MIL: "190", REB: "180", COP: "175" },
  after: [
    // Killing or executing a plan, a deal or a purchase is doing or ending it ("executing strategic
    // acquisitions to bolster its AI capabilities", "killed the bill").
    [
      /^\s+(?:(?:the|a|an|its|their|his|her|our|this|that)\s+)?(?:[\w-]+\s+){0,2}?(?:acquisitions?|strateg(?:y|ies)|plans?|orders?|trades?|transactions?|contracts?|deals?|programs?|programmes?|projects?|tasks?|code|commands?|queries|moves?|vision|agenda|bills?|legislation|proposals?|ideas?|mergers?|searches|warrants?|campaign)\b/,
      "---",
    ],
    [/\b(hundreds|dozens|civilians|villagers)\b/, "180"],
  ],
  // Deaths caused by an accident, a disaster or a disease are no one's act: "a collision which killed".
  before: [
    [
      /\b(collision|crash|accident|earthquake|quake|floods?|storms?|hurricane|typhoon|cyclone|fire|blaze|landslide|avalanche|disease|outbreak|virus|illness|cancer|heatwave|explosion at)\b[^,.;]{0,20}$/,
      "---",
    ],
  ],
};
export const assassinate: Family = { name: "assassinate", forms: [...verb("assassinate")], code: "186" };
export const abduct: Family = {
  name: "abduct",
  forms: [
    ...verb("abduct"),
    ...verb("kidnap", "kidnapped", "kidnapping"),
    ...verb("hijack"),
    ...phrase(verb("take", "took", "taken"), "hostage"),
  ],
  code: "181",
};
export const beat: Family = {
  name: "beat",
  forms: [...verb("beat", "beat", "beaten"), ...verb("torture"), ...verb("injure"), ...verb("wound"), ...verb("stab")],
  code: "182",
  // Beating someone at the polls is winning an election, not a physical assault: "Kentucky Democrats beat
  // incumbent Gov. Matt Bevin in a state Trump won by 30 points", a candidate or a party beating a rival in a
  // primary, a race or a vote, by so many points or votes.
  after: [
    [/^\s+(?:the\s+)?(?:incumbent|sitting)\b/, "---"],
    [
      /^\s+[^.;]{0,60}?\b(?:in|at)\s+(?:the\s+|a\s+|an\s+|last\s+\w+['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:elections?|primar(?:y|ies)|run-?offs?|polls|votes?|ballots?|caucus(?:es)?|races?)\b|^\s+[^.;]{0,80}?\bby\s+(?:more than\s+|about\s+|nearly\s+|over\s+)?[\d,.]+\s+(?:percentage\s+)?(?:points|votes|seats)\b|^\s+[^.;]{0,40}?\bto win\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:nomination|seat|election|primary|race|governorship|presidency|mayoralty)\b/,
      "---",
    ],
  ],
  before: [[/\b(?:democrats|republicans|tories|candidates?|challengers?|nominees?|incumbents?)\s*$/, "---"]],
};
/** Sexual assault (CAMEO 1821, PLOVER ASSAULT sexual): the dictionary's RAPE family, which our families did not reach. */
export const sexualAssault: Family = {
  name: "sexual-assault",
  forms: [...verb("rape"), ...verb("gang-rape"), ...verb("sexually assault"), ...verb("sexually abuse")],
  code: "1821",
};
export const fight: Family = {
  name: "fight",
  forms: [...verb("fight", "fought"), ...phrase(verb("exchange"), "fire")],
  code: "190",
  reciprocal: true,
  recipientPreps: ["with", "against"],
  after: [
    // "London famously has been fighting dirty air since the 14th century", "fighting for his life", "fought
    // the fire": a struggle against a harm, not an armed fight between sides.
    [
      /^\s+(?:against\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:air|pollution|smog|emissions|corruption|crime|poverty|hunger|disease|illness|cancer|fires?|wildfires?|bushfires?|blazes?|flames|floods?|climate\s+change|inflation|drugs|addiction|covid(?:-19)?|coronavirus|virus|pandemic|epidemic|racism|discrimination|misinformation|disinformation|fraud|unemployment|obesity|infections?)\b|^\s+for\s+(?:his|her|their|its)\s+(?:li(?:fe|ves)|survival)\b/,
      "---",
    ],
  ],
};
