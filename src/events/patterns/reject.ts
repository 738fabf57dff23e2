import { type Family, phrase, verb } from "./types.js";

/** REJECT (12x) and denials (016, a statement: PLOVER null). */
export const reject: Family = {
  name: "reject",
  forms: [
    ...verb("reject"),
    ...verb("refuse"),
    ...verb("rebuff"),
    ...verb("spurn"),
    ...verb("resist"),
    ...phrase(verb("turn", "turned"), "down"),
    ...verb("boycott"),
    // Going back on a commitment.
    ...phrase(verb("renege"), "on"),
    ...phrase(verb("back", "backed"), "out of"),
    ...phrase(verb("go", "went", "gone"), "back on"),
  ],
  code: "120",
  after: [
    // Refusing to condemn someone rejects no one ("Trump refused to disavow the Qanon conspiracy theory"):
    // whoever asked for the condemnation is not named there, and the one not condemned was asked nothing.
    [/^\s+to\s+(?:disavow|condemn|denounce|critici[sz]e|distance|blame|name|identify)\b/, "---"],
    [/\b(talks|meet|negotiat|proposal to meet|invitation)/, "125"],
    [/\b(mediat)/, "126"],
    [/\b(peace plan|plan|agreement|deal|settlement|ceasefire)/, "127"],
    [/\b(aid|assistance)/, "122"],
    [/\b(demand|request|call)/, "124"],
  ],
};
export const veto: Family = { name: "veto", forms: [...verb("veto", "vetoes", "vetoed", "vetoing")], code: "129" };
export const defy: Family = {
  name: "defy",
  forms: [...verb("defy", "defied"), ...verb("violate"), ...verb("flout")],
  code: "128",
  after: [[/\b(ceasefire|cease-fire|truce)/, "196"]],
};
export const deny: Family = {
  name: "deny",
  forms: [...verb("deny", "denied"), ...verb("dismiss")],
  code: "016",
  claimPreps: ["that", "of"],
  // Denying or dismissing a demand or a legal action is a rejection, not a denial of a claim.
  after: [
    [/^\s*(?:[\w'’.-]+\s+){0,3}?(?:requests?|demands?|calls?|petitions?|applications?|bids?)\b/, "124"],
    [/^\s*(?:[\w'’.-]+\s+){0,3}?(?:lawsuits?|suits?|case|cases|appeals?|motions?|challenges?|charges)\b/, "120"],
    // Denying a thing asked for (funding, entry, visas, access, bail, asylum) refuses it.
    [/^\s*(?:[\w'’.-]+\s+){0,2}?(?:funding|funds|entry|visas?|access|bail|asylum|permission|permits?)\b/, "120"],
  ],
};
