import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import { storyCountry } from "../../src/analyze/quotes/bodies.js";
import { wikinewsArticle } from "./helpers.js";

describe("storyCountry (Wikinews, CC BY 2.5)", () => {
  it("is clear in a story about one country, not in one about several", () => {
    const samoa = analyze(wikinewsArticle("Samoan_government_ends_state_of_emergency_over_measles_outbreak"));
    expect(storyCountry(samoa.entities, Number.POSITIVE_INFINITY)).toBe("WSM");
    // Germany bans an Iranian airline at the United States' urging: three countries named about as often.
    const ban = analyze(wikinewsArticle("Germany_bans_Mahan_Air_of_Iran"));
    expect(storyCountry(ban.entities, Number.POSITIVE_INFINITY)).toBeNull();
  });
});
