/** A person the analysis could not place takes the nationality written before their description (session 12). */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import { codeEvents } from "../../src/events/index.js";
import { wikinewsArticle } from "./helpers.js";

const countryOf = (idPart: string, text: string) =>
  analyze(wikinewsArticle(idPart)).entities.find((e) => e.text === text && e.type === "PER")?.country ?? null;

describe("nationality before a description", () => {
  it("places the person after 'a Pakistani journalism student', 'English mathematician', 'English drummer'", () => {
    expect(countryOf("Zara_Kay_tells_Wikinews", "Mashal Khan")).toBe("PAK");
    expect(countryOf("John_Horton_Conway", "John Horton Conway")).toBe("GBR");
    expect(countryOf("Ginger_Baker", "Ginger Baker")).toBe("GBR");
  });

  it("puts the victim of a mob killing in their own country, not the interview's", () => {
    const article = wikinewsArticle("Zara_Kay_tells_Wikinews");
    const events = codeEvents(article, analyze(article)).filter((e) => e.evidence.sentence.startsWith("Back in 2018, a Pakistani"));
    expect(events.map((e) => e.recipient.map((r) => `${r.name}/${r.country}`).join("+"))).toEqual(["Mashal Khan/PAK"]);
  });

  it("leaves a person after 'Iranian officials said' alone", () => {
    const r = analyze({ ...wikinewsArticle("Zara_Kay_tells_Wikinews"), text: "Iranian officials said Ali Rezaei was released." });
    expect(r.entities.find((e) => e.text === "Ali Rezaei")?.country ?? null).toBe(null);
  });
});
