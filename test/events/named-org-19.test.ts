/**
 * "The commission", "the network", "the company" referring back to the one organisation named before that the
 * description fits (actors/named-org.ts), on unannotated articles of the bundled Wikinews corpus (CC BY 2.5).
 */
import { describe, expect, it } from "vitest";
import { run } from "../../bench/events/lib/pipeline.js";
import { linkCoreference } from "../../src/events/actors/coref.js";
import { resolveCountedGroups } from "../../src/events/actors/group-reference.js";
import type { ActorMention } from "../../src/events/actors/mention.js";
import { findMentions } from "../../src/events/actors/mentions.js";
import { tokens } from "../../src/events/text/tokens.js";
import { corpusRecord } from "../corpus.js";
import { eventsIn, tuple } from "./corpus-events.js";

const ABS_CBN = "Philippines%27_largest_television_network_shut_down";

/** The actor mentions of the article's sentences after discourse coreference, as the coder reads them. */
function mentionsOf(id: string): { sentence: string; ms: ActorMention[] }[] {
  const r = corpusRecord(id);
  const { analysis } = run(r.text, r.date);
  const per = analysis.sentences.map((s) => {
    const toks = tokens(r.text, s.start, s.end);
    const ents = analysis.entities.filter((e) => e.start >= s.start && e.end <= s.end && !e.inCaption);
    return { s, toks, ms: resolveCountedGroups(r.text, toks, findMentions(r.text, toks, ents)) };
  });
  const linked = linkCoreference(per, r.date);
  return per.map((p, i) => ({ sentence: r.text.slice(p.s.start, p.s.end), ms: linked[i]! }));
}

/** What the description `text` in the sentence starting with `start` was resolved to (its `coref`), or null. */
function referent(xs: { sentence: string; ms: ActorMention[] }[], start: string, text: string, nth = 0): string | null {
  const ms =
    xs
      .find((x) => x.sentence.startsWith(start))
      ?.ms.filter((m) => m.text.toLowerCase().replace(/^the /, "") === text.replace(/^the /, "")) ?? [];
  return ms[nth]?.coref ?? null;
}

describe("a definite description refers back to the one named organisation it fits (named-org.ts)", () => {
  it("codes 'Calida filed a … petition …, accusing the network of violating its franchise' against ABS-CBN", () => {
    // "ABS-CBN Corporation is the largest television and radio broadcasting company in the Philippines" two
    // sentences before: the network.
    const events = eventsIn(ABS_CBN, "Solicitor General Jose Calida filed");
    expect(events.map(tuple)).toEqual(["ACCUSE PHL>PHL"]);
    expect(events[0]!.recipient.map((a) => a.name)).toEqual(["ABS-CBN Corporation"]);
  });

  it("links '… and he accused the network of \"swindling\"' to ABS-CBN, in an act set before the story", () => {
    const xs = mentionsOf(ABS_CBN);
    expect(referent(xs, "Philippine President Rodrigo Duterte threatened", "the network", 1)).toBe("ABS-CBN Corporation");
    // "threatened the network's franchise renewal before, …": background, no act of the story (precision-audit-9).
    expect(eventsIn(ABS_CBN, "Philippine President Rodrigo Duterte threatened")).toEqual([]);
  });

  it("links 'the commission refused …' to the National Telecommunications Commission (NTC) named before", () => {
    const xs = mentionsOf(ABS_CBN);
    expect(referent(xs, "Though the NTC is allowed", "the commission")).toBe("NTC");
    // "broadcast corporation ABS-CBN" in the lede: a broadcaster, which "the network" fits.
    expect(referent(xs, "Later in the evening, the network", "the network")).toBe("ABS-CBN");
  });

  it("links 'telling Wikinews the company \"extends its profound condolences\"' to Boeing", () => {
    const xs = mentionsOf("Iranian_cargo_plane_crashes_into_Karaj_houses");
    expect(referent(xs, "Boeing did not release any specific information", "the company")).toBe("Boeing");
  });

  it("links 'The council was adjourned' to the Legislative Council", () => {
    const xs = mentionsOf("Hong_Kong%27s_Carrie_Lam_delivers_speech_on_video");
    expect(referent(xs, "The council was adjourned", "the council")).toBe("Legislative Council");
  });

  it("links no party where two were named before: 'For the US Green Party, … Jesse Ventura joined the party' (guard)", () => {
    // The Constitution Party and the Michigan Taxpayers Party are named in the sentences before.
    const xs = mentionsOf("On_the_campaign_trail_in_the_USA,_May_2020");
    expect(referent(xs, "For the US Green Party", "the party")).toBeNull();
  });

  it("links nothing where no organisation was named: 'Police said over a hundred people attended the party' (guard)", () => {
    const xs = mentionsOf("Four_teenagers_shot_at_Pennsylvania_graduation_party");
    expect(referent(xs, "Police said over a hundred people attended the party", "party")).toBeNull();
  });

  it("reads 'The company structure remains unchanged' as a noun qualifying another, not the bank (guard)", () => {
    const xs = mentionsOf("Hungarian_state-owned_enterprise_acquires_Hirtenberger");
    expect(referent(xs, "The company structure remains unchanged", "company")).toBeNull();
  });
});
