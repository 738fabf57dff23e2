import { describe, expect, it } from "vitest";
import { findEntities } from "../../src/analyze/entities/index.js";
import { type EntityContext, type Mention, makeMention } from "../../src/analyze/entities/mention.js";
import { prepare } from "../../src/analyze/entities/prepare.js";
import { clean } from "../../src/analyze/entities/rules/clean.js";
import { particles } from "../../src/analyze/entities/rules/particles.js";
import { titles } from "../../src/analyze/entities/rules/titles.js";
import { splitSentences } from "../../src/analyze/sentences/split.js";
import type { Entity } from "../../src/model/index.js";

const spans = (text: string) => findEntities(text, splitSentences(text), "2020-01-18").map((e) => `${e.text}/${e.type}`);

/**
 * The shipped tagger was trained on WikiGold's train and dev documents and already types these sentences right, so
 * the rules are tested on what a tagger that erred would have given them: mentions made by hand, method "tagger".
 */
function context(text: string): EntityContext {
  return { text, prep: prepare(text, splitSentences(text)), date: null };
}
function mention(ctx: EntityContext, surface: string, type: Entity["type"], from = 0): Mention {
  const start = ctx.text.indexOf(surface, from);
  const t = ctx.prep.tokens;
  const first = t.findIndex((x) => x.start === start);
  const last = t.findIndex((x) => x.end === start + surface.length);
  return makeMention(ctx, first, last, type, "tagger");
}

describe("a name with a family-name particle inside is a person (session 21)", () => {
  it("types a name the tagger called an organisation by a lone mention of its first word (WikiGold train, wikigold:124, CC BY 4.0)", () => {
    const ctx = context("Dorothea von Schlegel was born in 1764 in Berlin [1]. In 1808, Friedrich and Dorothea converted to Catholicism.");
    // "Dorothea" is in no given-names list; the article names her alone, and the tagger took that for a person.
    const out = particles(ctx, [
      mention(ctx, "Dorothea von Schlegel", "ORG"),
      mention(ctx, "Friedrich", "PER"),
      mention(ctx, "Dorothea", "PER", 20),
    ]);
    expect(out.map((m) => `${m.text}/${m.type}`)).toContain("Dorothea von Schlegel/PER");
  });

  it("types it by a form of address or a given name (WikiGold train, wikigold:124 and wikigold:42)", () => {
    const a = context('In 1807lt she translated "Corinne" by Madame de Staë from the French.');
    expect(particles(a, [mention(a, "Madame de Staë", "ORG")])[0]!.type).toBe("PER");
    const b = context("The realist troops were led by Joaquin de la Pazuela.");
    expect(particles(b, [mention(b, "Joaquin de la Pazuela", "ORG")])[0]!.type).toBe("PER");
  });

  it("leaves places and names that open with no person's word (guards)", () => {
    // WikiGold train, wikigold:42: a battlefield.
    const a = context("Pezuela recognized he was losing the battle at Virrey de Lima; however, his own left flank remained in action.");
    expect(particles(a, [mention(a, "Virrey de Lima", "LOC")])[0]!.type).toBe("LOC");
    // A dictionary place whose first word is also a given name.
    const b = context("The flight landed in Rio de Janeiro on Sunday.");
    expect(particles(b, [mention(b, "Rio de Janeiro", "LOC")])[0]!.type).toBe("LOC");
  });
});

describe("a time of day is no name (session 21)", () => {
  it("drops '5:15 AM' and '8:45 PM' (WikiGold dev, wikigold:62, CC BY 4.0)", () => {
    const ctx = context("The first left Harrison at 5:15 AM and the last returned to Harrison at 8:45 PM.");
    const out = clean(ctx, [mention(ctx, "Harrison", "LOC"), mention(ctx, "5:15 AM", "ORG"), mention(ctx, "8:45 PM", "ORG")]);
    expect(out.map((m) => m.text)).toEqual(["Harrison"]);
  });
});

describe("languages and works are no actors (session 21)", () => {
  it("types a language MISC (Wikinews: Scientists report two life-saving treatments for Ebola)", () => {
    const text =
      'The PALM trial, for the Swahili phrase pamoja tulinde maisha or "together save lives," began last November and included 681 patients.';
    // Was "Swahili" ORG.
    expect(spans(text)).toContain("Swahili/MISC");
  });

  it("types a language MISC in a list (Wikinews: Wikinews interviews 2020 Melbourne Lord Mayor Candidate Wayne Tseng)", () => {
    const text = "[I am an] Australian Citizen of Chinese descent [and] fluent Cantonese, Mandarin and English speaker.";
    // Was "Mandarin" PER.
    const got = spans(text);
    expect(got).toContain("Mandarin/MISC");
    expect(got).not.toContain("Mandarin/PER");
  });

  it("a sitcom named after a person is no person (Wikinews: Fan Expo Canada 2019 offers celebrities, cosplay, panels)", () => {
    const text = "The cast of the sitcom Kim's Convenience had a panel in a room for 700 people.";
    // Was "Kim" PER.
    expect(spans(text)).not.toContain("Kim/PER");
  });
});

describe("a stage title opens a person's name (session 21)", () => {
  it("types 'DJ AM' and 'DJ TIESTO' as persons (WikiGold train, wikigold:23, CC BY 4.0)", () => {
    const ctx = context("Roberto Cavalli with DJ's like DJ AM, DJ IRIE, DJ KALED, DJ TIESTO, and many more, creating Super Bowl events.");
    const out = titles(ctx, [mention(ctx, "DJ AM", "ORG"), mention(ctx, "DJ TIESTO", "ORG"), mention(ctx, "Super Bowl", "MISC")]);
    expect(out.map((m) => `${m.text}/${m.type}`)).toEqual(["DJ AM/PER", "DJ TIESTO/PER", "Super Bowl/MISC"]);
  });
});

describe("a place glued to a participle names the place (session 21)", () => {
  it("'US-based' is the United States (Wikinews: Red Hat to move focus away from CentOS in favour of Stream)", () => {
    const text = "On Tuesday, US-based software company Red Hat announced their plans to shift their focus away from CentOS.";
    const us = findEntities(text, splitSentences(text), "2020-12-08").find((e) => e.text === "US-based");
    // Was an organisation named "US-based".
    expect(us?.type).toBe("GPE");
    expect(us?.country).toBe("USA");
  });

  it("'Tanzanian-born' is a people (Wikinews: Zara Kay tells Wikinews about her non-profit organisation Faithless Hijabi)", () => {
    const text = "Wikinews had gotten in touch with Tanzanian-born ex-Muslim Zara Kay to discuss the struggles an ex-Muslim woman faces.";
    expect(spans(text)).toContain("Tanzanian-born/NORP");
  });
});

describe("built places are places (session 21)", () => {
  it("types 'Legislative Council Complex' LOC (Wikinews: Hong Kong protesters surround downtown police complex)", () => {
    const text =
      "The protest began outside the Legislative Council Complex but later moved a few blocks to the Hong Kong Police Headquarters, with some protesters heading for the government offices.";
    // Was ORG.
    expect(spans(text)).toContain("Legislative Council Complex/LOC");
  });

  it("a person whose family name is such a head stays a person (Wikinews: Charlottesville, Virginia killer sentenced to life in prison)", () => {
    const text =
      "On Friday, United States Federal District Judge Michael Urbanski sentenced Ohio man James Alex Fields, now 22, to life in prison without the possibility of parole.";
    expect(spans(text)).toContain("James Alex Fields/PER");
  });
});
