import { type Family, verb } from "./types.js";

/**
 * Statements (01x, PLOVER null): say, tell, announce. Coded only when the complement names another
 * actor and nothing else was coded there; pessimistic/optimistic wording refines to 012/013.
 */
export const say: Family = {
  name: "say",
  forms: [
    ...verb("say", "said"),
    ...verb("tell", "told"),
    ...verb("state"),
    ...verb("announce"),
    ...verb("declare"),
    ...verb("tweet"),
    ...verb("stress"),
    ...verb("note"),
    ...verb("reiterate"),
    ...verb("reaffirm"),
    ...verb("affirm"),
    ...verb("assert"),
    ...verb("conclude"),
    ...verb("explain"),
    ...verb("confirm"),
    // A report states what someone else did: the act is coded by its own verb ("Fars reported Iran issued …").
    ...verb("report"),
  ],
  code: "010",
  speech: true,
  after: [
    // What is said names a crime or an aggression of the other side: an accusation ("said the 36 must face
    // \"murder and terrorism charges\"", "state they were responding to Armenian aggression").
    [/\b(aggression|must face\b[^.;]{0,40}\bcharges|war crimes|crimes against humanity)\b/, "112"],
    [/\b(too early|long way|no breakthrough|difficult|pessimis|unlikely|doubt|deteriorat|worst|low point|concern|worr)/, "012"],
    [/\b(optimis|hopeful|good thing|progress|positive|confident|breakthrough is near)/, "013"],
  ],
};

/**
 * Claims about another actor ("X claimed protesters were sent by the government"): an accusation (112)
 * when the complement names another actor; claiming responsibility or victory is a statement.
 */
export const claim: Family = {
  name: "claim",
  forms: [...verb("claim")],
  code: "112",
  speech: true,
  after: [
    [/^\s*(responsibility|credit)\b/, "015"],
    [/^\s*(victory|to have won|the win)\b/, "010"],
  ],
};
