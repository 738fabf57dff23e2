import { type Family, verb } from "./types.js";

/** AGREE (03x): agree, promise, pledge, offer, vow, commit. */
export const agree: Family = {
  name: "agree",
  forms: [
    ...verb("agree"),
    ...verb("promise"),
    ...verb("pledge"),
    ...verb("vow"),
    ...verb("commit"),
    ...verb("offer"),
    "signaled willingness",
    "expressed willingness",
    "confirmed their willingness",
    "confirmed willingness",
  ],
  code: "030",
  reciprocal: true,
  recipientPreps: ["with", "to"],
  after: [
    // "Hataman agreed, saying …": agreeing with a view, not to an act.
    [/^\s*,/, "---"],
    // "… all agreed that vaccines have done more good than harm": a shared view; "agreed that they would
    // resume talks" names an act to come and stays an agreement.
    [/^\s+that\b(?![^.;]*\b(?:would|will|should|must|shall|to)\b)/, "---"],
    // "vowed not to return the Golan Heights", "pledged never to recognise …": a promise not to act is a refusal.
    [/^\s+(not|never) to\b/, "120"],
    // "promised protests every week until …", "vowed revenge": a promise of a hostile act is no cooperation.
    [/^\s+(?:\p{L}+\s+)?(protests?|strikes?|retaliation|revenge|resistance|attacks?|war)\b/u, "---"],
    // "vowed to investigate whether Pompeo …", "vowed to crush the rebels": an intent to a hostile act is no
    // cooperation (the act itself is not coded as done).
    [
      /^\s+to\s+(investigate|punish|crush|retaliate|attack|destroy|fight|sue|prosecute|arrest|sanction|expel|kill|avenge|block|oppose|defeat|impeach|challenge|resist|stop|eliminate|hunt)\b/,
      "---",
    ],
    [/\b(meet|meeting|summit|talks|negotiat|sit down|dialogue)/, "036"],
    [/\b(ceasefire|cease-fire|truce|de-escalat|withdraw)/, "0356"],
    [/\b(peace|settle)/, "037"],
    [/\b(aid|assistance|loan|fund)/, "033"],
    [/\b(trade|economic|investment|free-trade)/, "0311"],
    [/\b(military|defen[cs]e|joint exercise|exercises)/, "0312"],
    [/\b(release|free )/, "0353"],
    [/\b(reform|elections?)\b/, "034"],
    [/\b(mediat)/, "039"],
  ],
};
