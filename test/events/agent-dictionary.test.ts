/**
 * The agent dictionary compiled from Phoenix.agents.txt (MIT): substitution lists such as !PERSON! and
 * !MINIST! expand into whole phrases. The input lines below are copied from that file.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileAgents } from "../../bench/events/lib/agentdict.js";

const PHOENIX_LINES = `!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES
FIRE!PERSON! {} [~GOV]
FOREIGN_!MINIST! [~GOV]
POLICE!PERSON!  [~COP]
FIRE_DEPARTMENT [~GOV]`;

describe("agent dictionary", () => {
  it("expands substitution lists into whole phrases, never leaving the bare prefix", () => {
    const agents = compileAgents(PHOENIX_LINES);
    expect(agents["foreign minister"]).toBe("GOV");
    expect(agents["foreign ministries"]).toBe("GOV");
    expect(agents.firemen).toBe("GOV");
    expect(agents.policewoman).toBe("COP");
    expect(agents["fire departments"]).toBe("GOV");
    expect(agents.foreign).toBeUndefined();
    expect(agents.fire).toBeUndefined();
    expect(agents.fires).toBeUndefined();
  });

  it("ships a dictionary where 'foreign', 'home', 'law' and 'fires' are not government agents", () => {
    const shipped = JSON.parse(readFileSync(new URL("../../data/codebooks/agents.json", import.meta.url), "utf8")).agents as Record<
      string,
      string
    >;
    for (const w of ["foreign", "home", "law", "fire", "fires", "interior"]) expect(shipped[w]).toBeUndefined();
    expect(shipped["interior ministry"]).toBe("GOV");
    expect(shipped.ngo).toBe("NGO");
  });
});
