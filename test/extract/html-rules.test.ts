/** HTML body rules on lines taken from benchmark pages (dev half). */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/extract/html/rules/boilerplate.js";
import { isRecirculationLabel } from "../../src/extract/html/rules/recirculation.js";

describe("recirculation labels", () => {
  it("opens a rail on 'you may like' labels", () => {
    expect(isRecirculationLabel("Você pode gostar...")).toBe(true);
    expect(isRecirculationLabel("You might also like")).toBe(true);
    expect(isRecirculationLabel("ALSO IN THE NEWS")).toBe(true);
    // express.co.uk puts this box inside the story: only the box around the label is cut (body.ts)
    expect(isRecirculationLabel("Related articles")).toBe(true);
  });
  it("leaves in-story boxes and headlines alone", () => {
    // cnn.com and an Italian site put these over single links in the middle of the story
    expect(isRecirculationLabel("Read More")).toBe(false);
    expect(isRecirculationLabel("Leggi anche")).toBe(false);
    expect(isRecirculationLabel("READ MORE: China plague outbreak confirmed: Two diagnosed with disease in Beijing")).toBe(false);
  });
});

describe("boilerplate classes", () => {
  it("reads camelCase parts of class names", () => {
    // a CNBC inline image credit
    expect(classify("div", { class: "InlineImage-imageEmbedCaption" })?.kind).toBe("caption");
  });
  it("knows WordPress Jetpack share and like boxes and the robots-nocontent marker", () => {
    // WCXB dev page 0189
    expect(classify("div", { class: "sharedaddy sd-sharing-enabled" })?.kind).toBe("share");
    expect(classify("div", { class: "sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" })?.kind).toBe(
      "share",
    );
    expect(classify("p", { class: "jetpack-slideshow-noscript robots-nocontent" })?.kind).toBe("boilerplate");
  });
  it("does not take a comment-on-selection wrapper for comments", () => {
    // LessWrong wraps the whole post in it
    expect(classify("div", { class: "commentOnSelection" })).toBeNull();
  });
});
