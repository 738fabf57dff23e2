import { describe, expect, it } from "vitest";
import { findEntities } from "../../src/analyze/entities/index.js";
import { splitSentences } from "../../src/analyze/sentences/split.js";

const spans = (text: string) => findEntities(text, splitSentences(text), "2019-04-03").map((e) => `${e.text}/${e.type}`);

describe("battles, sieges, campaigns and operations are events (session 17)", () => {
  it("takes 'Battle of' into the name and makes it MISC (WikiGold train, wikigold:1, CC BY 4.0)", () => {
    const text = "The 139th supported Sheridan in the Appomattox Campaign and fought in the Battle of Sayler's Creek.";
    // Was "Battle of Sayler's Creek" LOC (in cross-validation the tagger reads "Creek" alone as an organisation).
    expect(spans(text)).toContain("Battle of Sayler's Creek/MISC");
  });

  it("leaves a body named after its operations alone (guard, Wikinews: Samoan government ends state of emergency)", () => {
    const text =
      "The island nation's cabinet unanimously voted to lift it on Saturday afternoon, and the National Emergency Operation Centre (NEOC) announced the decision that night.";
    expect(spans(text)).toContain("National Emergency Operation Centre/ORG");
  });
});
