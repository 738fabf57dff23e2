/**
 * Helper news21 (session 18): the sides of events coded on real news pages of the Zyte extraction benchmark
 * (MIT; test/fixtures/events/web/SOURCES.md). Charges a subject "faces" are brought against it, by the
 * prosecutors of the place; a participle joined by "and" to a passive before it ("was hauled out … and
 * promptly taken into custody") is a passive too, done to the subject; a dictionary agent phrase ending in a
 * preposition ("ambassador to") names the agent without it; "he" right after a verb of saying ("Sondland has
 * said he has spoken …") is the speaker; a later member of a list after a preposition ("with other partners,
 * including Europe, Japan, Canada and Mexico, publicly threatening them") is no subject renamed after a comma.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { processPage } from "../../src/pipeline.js";
import { tuple, webPageEvents } from "./corpus-events.js";

const withTrigger = (page: string, trigger: string) => webPageEvents(page).filter((l) => l.includes(`«${trigger}»`));

describe("charges faced: the subject is the accused", () => {
  it("codes 'Now Assange faces 18 criminal charges in the US' as US prosecutors accusing Assange (BBC)", () => {
    expect(withTrigger("zyte-c7e39ac49fa1.html.gz", "charges").map((l) => l.split(" «")[0])).toEqual(["ACCUSE USA>AUS"]);
  });
});

describe("a participle joined by 'and' to a passive", () => {
  it("codes 'after he was hauled out … by the UK police and promptly taken into custody' as an arrest of Assange (Al Bawaba)", () => {
    const taken = withTrigger("zyte-dc7ccccc1f34.html.gz", "taken into custody");
    expect(taken.map((l) => l.split(" «")[0])).toEqual(["COERCE GBR>AUS"]);
  });

  it("reads the later 'Following Assange's arrest in the UK' as the same arrest (one event, the UK's)", () => {
    const coerce = webPageEvents("zyte-dc7ccccc1f34.html.gz").filter((l) => l.startsWith("COERCE"));
    expect(coerce.map((l) => l.split(" «")[0])).toEqual(["COERCE GBR>AUS"]);
  });

  it("codes 'a girl who was ripped from her mother's arms and kidnapped in broad daylight' as done to the girl, by no one named (CBS)", () => {
    const kidnapped = withTrigger("zyte-2c46804d9db4.html.gz", "kidnapped");
    // The passive's doer is unnamed: not "Police", the subject of the main clause ("Police released dramatic video …").
    expect(kidnapped.filter((l) => l.includes("Police released")).map((l) => l.split(" «")[0])).toEqual(["ASSAULT USA>USA"]);
    expect(webPageEvents("zyte-2c46804d9db4.html.gz").filter((l) => l.startsWith("ASSAULT") && l.includes("Police released"))).toHaveLength(
      1,
    );
    // Guard: the active "the man who kidnapped the child, Michael Webb" stays.
    expect(kidnapped.some((l) => l.includes("CBS DFW reports the man who kidnapped"))).toBe(true);
  });
});

/** "TYPE A>B actor names > recipient names" of the page's events with this trigger. */
function named(page: string, trigger: string): string[] {
  const bytes = readFileSync(join(import.meta.dirname, "../fixtures/events/web", page));
  const { analysis } = processPage({ id: page, bytes, contentType: "text/html" });
  return analysis.events
    .filter((e) => e.plover && e.evidence.trigger?.text === trigger)
    .map((e) => `${tuple(e)} ${e.actor.map((a) => a.name).join("+")} > ${e.recipient.map((a) => a.name).join("+")}`);
}

describe("a dictionary agent phrase ending in a preposition", () => {
  it("names the actor of 'China’s ambassador to Britain accused the UK and the US' without the 'to' (Daily Express)", () => {
    expect(named("zyte-624fcd903d56.html.gz", "accused")).toEqual(["ACCUSE CHN>GBR+USA China’s ambassador > United Kingdom+United States"]);
  });
});

describe("'he' right after a verb of saying is the one who says it", () => {
  it("codes 'Sondland has said he has spoken several times with the president' as Sondland's talks with Trump (AP)", () => {
    const spoken = named("zyte-82b6d780c792.html.gz", "spoken");
    expect(spoken.map((l) => l.split(" > ")[0])).toEqual(["CONSULT USA>USA Gordon Sondland"]);
  });

  it("keeps the page's other events ('“I now do recall,” he said, talking to Ukraine')", () => {
    expect(named("zyte-82b6d780c792.html.gz", "talking")).toEqual(["CONSULT USA>UKR Gordon Sondland > Ukraine"]);
  });
});

describe("guards: criticism faced, and passives with their auxiliary", () => {
  it("keeps 'faced stiff international and Palestinian criticism' as the Palestinians' criticism of the US", () => {
    expect(withTrigger("zyte-833caf3bdba5.html.gz", "criticism").map((l) => l.split(" «")[0])).toEqual(["ACCUSE PSE>USA"]);
  });

  it("keeps 'The US Justice Department has charged Assange with espionage' as the department's", () => {
    expect(withTrigger("zyte-dc7ccccc1f34.html.gz", "charged").map((l) => l.split(" «")[0])).toEqual(["ACCUSE USA>AUS"]);
  });
});

describe("a later member of a list after a preposition is no subject", () => {
  it("codes no threat by Japan in 'trade talks with other partners, including Europe, Japan, Canada and Mexico, publicly threatening them' (NYT)", () => {
    const page = "zyte-702d1da63b8e.html.gz";
    expect(withTrigger(page, "threatening").filter((l) => l.includes(" JPN>"))).toEqual([]);
    // Guard: the page's other events stay ("The president’s unpredictability and demands of China").
    expect(withTrigger(page, "demands").map((l) => l.split(" «")[0])).toEqual(["REQUEST USA>CHN"]);
  });
});
