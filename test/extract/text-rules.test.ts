/** The text-scrape rules and the shared dateline parser, each on several real-shaped inputs. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDateline } from "../../src/extract/dateline/parse.js";
import { extract } from "../../src/extract/index.js";
import { parseCaption, parseCreditLine } from "../../src/extract/text/rules/caption.js";
import { parseDateLine } from "../../src/extract/text/rules/date-line.js";
import { parseHeaderLine } from "../../src/extract/text/rules/header-line.js";
import { isFurniture } from "../../src/extract/text/rules/navigation.js";
import { isPageId } from "../../src/extract/text/rules/page-id.js";
import { findRepeatedRuns } from "../../src/extract/text/rules/repeated-run.js";

describe("dateline parser (shared by the text and HTML paths)", () => {
  it.each([
    ["MOSCOW, March 22 (Xinhua) -- The Kremlin said", "2018-03-23", { place: "MOSCOW", date: "2018-03-22", agency: "Xinhua" }],
    ["LONDON (Reuters) - Oil prices fell", undefined, { place: "LONDON", agency: "Reuters" }],
    ["WASHINGTON (AP) — Ambassador Gordon Sondland", undefined, { place: "WASHINGTON", agency: "AP" }],
    ["HAYWARD, Calif. (AP) — The Latest on", undefined, { place: "HAYWARD, Calif.", agency: "AP" }],
    ["BEIJING, Dec. 30 (Xinhua) -- China will", "2019-01-02", { place: "BEIJING", date: "2018-12-30", agency: "Xinhua" }],
    ["PARIS, 22 March -- Unions called", "2018-03-23", { place: "PARIS", date: "2018-03-22" }],
    ["VIENNA — The house where Adolf Hitler was born", undefined, { place: "VIENNA" }],
    ["BERLIN -- The European Space Agency says", undefined, { place: "BERLIN" }],
  ])("%s", (text, ref, want) => {
    const d = parseDateline(text, ref);
    expect(d).toMatchObject(want);
    expect(text.slice(d!.start!, d!.end!)).toBe(d!.text);
  });
  it.each([
    "The Kremlin said Thursday that it is too early.",
    "BREAKING — Something happened",
    "Moscow has repeatedly denied these allegations.",
    "U.S. President Donald Trump speaks with Russian President Vladimir Putin",
  ])("no dateline in %s", (text) => expect(parseDateline(text)).toBeNull());
});

describe("header line rule", () => {
  it("Source | date | Editor", () => {
    const h = parseHeaderLine("Source: Xinhua | 2018-03-23 03:59:26 | Editor: huaxia");
    expect(h).toMatchObject({ source: "Xinhua", editor: "huaxia" });
    expect(h?.date).toMatchObject({ year: 2018, month: 3, day: 23, hour: 3, minute: 59, second: 26 });
  });
  it("source with the date glued on (print view)", () => {
    expect(parseHeaderLine("Source: Xinhua 2018-03-23 03:59:26")).toMatchObject({ source: "Xinhua", date: { day: 23 } });
  });
  it("other label sets", () => {
    expect(parseHeaderLine("By: Jane Doe | Published: March 3, 2020")).toMatchObject({
      author: "Jane Doe",
      dateKind: "published",
      date: { year: 2020, month: 3, day: 3 },
    });
    expect(parseHeaderLine("Updated: 2019-11-19 10:16 PM")).toMatchObject({ dateKind: "updated", date: { hour: 22 } });
  });
  it("prose is not a header line", () => {
    expect(parseHeaderLine("Source: officials said the meeting was postponed because of the weather in the capital.")).toBeNull();
    expect(parseHeaderLine("The Kremlin said Thursday that it is too early")).toBeNull();
  });
});

describe("line rules", () => {
  it("page ids are long digit-only lines", () => {
    expect(isPageId("010020070750000000000000011105091370582861")).toBe(true);
    expect(isPageId("2018")).toBe(false);
    expect(isPageId("Call 555 0100 today")).toBe(false);
  });
  it("furniture lines", () => {
    for (const l of ["Back to Top Close", "Share | Print | Email", "Advertisement", "Read more", "Facebook Twitter Email"])
      expect(isFurniture(l)).toBe(true);
    for (const l of ["Xinhua reported the talks", "Close talks continue in Geneva on Monday."]) expect(isFurniture(l)).toBe(false);
  });
  it("visible date lines", () => {
    expect(parseDateLine("Friday, January 4, 2019")).toMatchObject({ year: 2019, month: 1, day: 4 });
    expect(parseDateLine("November 19, 2019 at 5:10 pm")).toMatchObject({ day: 19, hour: 17 });
    expect(parseDateLine("Talks resumed on January 4, 2019 in Geneva")).toBeNull();
  });
  it("captions with credits", () => {
    expect(
      parseCaption(
        "U.S. President Donald Trump speaks with Russian President Vladimir Putin at the G20 summit in Hamburg, Germany July 7, 2017. (Reuters Photo)",
      ),
    ).toMatchObject({ credit: "Reuters Photo", date: "2017-07-07" });
    expect(parseCaption("Protesters gather outside parliament on Tuesday. (AP Photo/Evan Vucci)")).toMatchObject({
      caption: "Protesters gather outside parliament on Tuesday.",
      credit: "AP Photo/Evan Vucci",
    });
    expect(parseCaption("Firefighters work at the scene in Hanoi, Vietnam. (Xinhua/Li Ming)")).toMatchObject({ credit: "Xinhua/Li Ming" });
    expect(parseCaption("A view of the harbour at dawn. Photo by Jane Doe")).toMatchObject({
      caption: "A view of the harbour at dawn.",
      credit: "Jane Doe",
    });
    expect(parseCaption("The minister said the photo was taken in 2017.")).toBeNull();
  });
  it("captions whose credit label was glued on or that are only a credit (Wikinews text, CC BY 2.5)", () => {
    expect(parseCaption("Jo JorgensenImage: Jo Jorgensen for President.")).toEqual({
      caption: "Jo Jorgensen",
      credit: "Jo Jorgensen for President",
    });
    expect(parseCaption("Dakota, a deer. Image: Nicholas Moreau.")).toEqual({ caption: "Dakota, a deer.", credit: "Nicholas Moreau" });
    expect(parseCreditLine("Image: Nicholas Moreau.")).toBe("Nicholas Moreau");
    expect(parseCreditLine("Image: the rover landed near the crater, NASA said on Monday. It was the first")).toBeNull();
    // camel case inside a name is no glue
    expect(parseCaption("The company said its YouTube channel would close on Friday.")).toBeNull();
  });
  it("repeated runs bridge a variant header line", () => {
    const lines = [
      "Title of the story",
      "First paragraph of the story here.",
      "Second paragraph of the story here.",
      "Back to Top",
      "Title of the story",
      "Source: X 2018-01-01",
      "First paragraph of the story here.",
      "Second paragraph of the story here.",
    ];
    expect(findRepeatedRuns(lines, (i) => i === 5)).toEqual([[4, 7]]);
  });
});

describe("text path on the seed (a Xinhua scrape) — general rules only", () => {
  const seed = readFileSync(join(import.meta.dirname, "../fixtures/seed/000_99228c402bf3de7c.txt"));
  const a = extract({ id: "seed", bytes: seed, contentType: "text/plain" });
  it("metadata", () => {
    expect(a.title).toBe("Russia-U.S. relations long way from breakthrough: Kremlin");
    expect(a.source).toBe("Xinhua");
    expect(a.editor).toBe("huaxia");
    expect(a.published).toMatchObject({ local: "2018-03-23T03:59:26", tz: "+08:00", value: "2018-03-23T03:59:26+08:00" });
    expect(a.dateline).toMatchObject({ place: "MOSCOW", date: "2018-03-22", agency: "Xinhua", start: 0 });
  });
  it("body, caption and removed furniture", () => {
    expect(a.paragraphs).toHaveLength(8);
    expect(a.paragraphs[0]).toMatch(/^MOSCOW, March 22 \(Xinhua\) -- The Kremlin said/);
    expect(a.media).toEqual([expect.objectContaining({ credit: "Reuters Photo", date: "2017-07-07" })]);
    expect(a.text).not.toMatch(/Back to Top|Xinhuanet|Hamburg|\u00a0/);
    const kinds = a.removed.map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(["duplicate", "boilerplate", "page-id", "caption"]));
    expect(a.removed.find((r) => r.kind === "caption")?.text).toMatch(/Hamburg.*\(Reuters Photo\)$/);
    expect(a.removed.filter((r) => r.kind === "boilerplate").map((r) => r.text)).toEqual(["Back to Top Close", "Xinhuanet"]);
  });
  it("a zone is only given for sources in the data table", () => {
    const other = extract({
      id: "x",
      bytes: Buffer.from(seed.toString("utf8").replaceAll("Xinhua", "Daily Planet")),
      contentType: "text/plain",
    });
    expect(other.published).toMatchObject({ local: "2018-03-23T03:59:26", tz: null });
  });
});
