/**
 * Precision audit 20 (seeds 320–323), each on real sentences of the bundled Wikinews articles (CC BY 2.5) and
 * of WCXB pages (test/fixtures/events/web, CC BY 4.0).
 */
import { describe, expect, it } from "vitest";
import { run } from "../../bench/events/lib/pipeline.js";
import { eventsIn, webPageEvents } from "./corpus-events.js";

const sides = (id: string, start: string) =>
  eventsIn(id, start).map(
    (e) =>
      `${e.plover?.event} ${e.cameo.code} ${e.actor.map((a) => `${a.name}:${a.country}/${a.sector}`).join("+")} > ${e.recipient.map((a) => `${a.name}:${a.country}/${a.sector}`).join("+")}`,
  );

describe("precision audit 20", () => {
  it("reads a person out of a state office for years as a former official, ELI ('Bloomberg endorsed his former rival' in 2020)", () => {
    expect(sides("Bloomberg,_Warren_end_US_presidential_campaigns", "Wednesday, the same day that he dropped out")).toEqual([
      "SUPPORT 051 Michael Bloomberg:USA/ELI > Joe Biden:USA/PTY",
    ]);
    const offer = sides("On_the_campaign_trail_in_the_USA,_September_2020", "Furthermore, a major boost for Biden");
    expect(offer.join(" ")).toMatch(/Michael Bloomberg:USA\/ELI/);
  });

  it("keeps the office of one in it, of one who left it days before, and of a Phoenix role that stops with its data (guard)", () => {
    expect(sides("Nancy_Pelosi_again_elected_Speaker", "President Donald Trump congratulated Pelosi").join(" ")).toMatch(
      /Donald Trump:USA\/GOV > Nancy Pelosi:USA\/LEG/,
    );
    expect(sides("US_Representative_Elijah_Cummings_dies", "In that role, Cummings oversaw").join(" ")).toMatch(/Elijah Cummings:USA\/LEG/);
    expect(sides("US_announces_restrictions_on_flying_to_Cuba", "Bruno Parrilla, the foreign affairs minister").join(" ")).toMatch(
      /Bruno Parrilla:CUB\/GOV/,
    );
  });

  it("reads a lone gunman as a criminal, not a rebel ('a gunman shot shoppers at a Walmart store …')", () => {
    expect(sides("Gunman_opens_fire_in_El_Paso", "On Saturday morning, a gunman shot shoppers")).toEqual([
      "ASSAULT 180 gunman:USA/CRM > shoppers:USA/CVL",
    ]);
    expect(sides("Gunman_opens_fire_in_El_Paso", "Police said the suspected gunman surrendered").join(" ")).toMatch(/gunman:USA\/CRM/);
  });

  it("still reads a band of gunmen as an armed group (guard)", () => {
    const { events } = run("Iraqi police said gunmen ambushed a convoy near Samarra on Monday.", "2010-05-04");
    expect(events.map((e) => e.actor.map((a) => a.sector).join("+"))).toContain("REB");
  });

  it("codes economic ties opened as economic cooperation between the two subjects ('Serbia and Kosovo opened economic ties')", () => {
    const s = sides("On_the_campaign_trail_in_the_USA,_September_2020", "The formerly antagonistic nations of Serbia and Kosovo");
    expect(s).toContain("COOPERATE 061 Serbia:SRB/null > Kosovo:XKX/null");
    expect(s.join(" ")).not.toMatch(/SUPPORT 050/);
    // (guard) the next clause's own agreement stays.
    expect(s.join(" ")).toMatch(/AGREE 030 Serbia:SRB\/null/);
  });

  it("supplies no doer for an act told as recurring over no set time ('At times there have been protests …')", () => {
    const id = "Zara_Kay_tells_Wikinews";
    expect(sides(id, "At times there have been protests")).toEqual([]);
    expect(sides(id, "Numerous times, over the years, people have been sentenced")).toEqual([]);
  });

  it("still supplies the court of a sentence told once (guard)", () => {
    expect(sides("Zara_Kay_tells_Wikinews", "An Iranian woman was sentenced 20 years")).toEqual([
      "SANCTION 116 court:IRN/JUD > Iranian woman:IRN/CVL",
    ]);
  });

  it("places an unplaced person a named police force arrested in that force's country ('… but South Korea's National Police Agency …')", () => {
    expect(sides("Hundreds_arrested_for_%27dark_web%27", "Jong was arrested in March, 2018")).toEqual([
      "COERCE 173 National Police Agency:KOR/COP > Jong:KOR/null",
    ]);
  });

  it("still places a person the story's police arrested in the story's country (guard)", () => {
    expect(sides("Driver_in_New_Hampshire_multi-motorcycle_crash", "Zhukovskyy was arrested Monday")).toEqual([
      "COERCE 173 authorities:USA/COP > Volodoymyr Zhukovskyy:USA/null",
    ]);
  });

  it("reads past the full stop of 'Jr.' inside a clause ('the fatal police shooting of Walter Wallace Jr., a …')", () => {
    expect(sides("On_the_campaign_trail_in_the_USA,_October_2020", "The fatal police shooting of Walter Wallace Jr.")).toEqual([
      "ASSAULT 175 police:USA/COP > Walter Wallace Jr.:USA/null",
    ]);
  });

  it("gives a campaign named by a verb and its object no sector of the body it names ('opposition to Defund the Police')", () => {
    const s = sides("On_the_campaign_trail_in_the_USA,_October_2020", "On Police reform, Blankenship and Carroll");
    expect(s.join(" ")).toMatch(/> Defund the Police:USA\/null/);
  });

  it("keeps the police sector of a police force's own name (guard)", () => {
    expect(sides("Paris_court_jails_two_police", "After a jury trial in Paris").join(" ")).toMatch(/French police officers:FRA\/COP/);
    const { analysis } = run("A spokesperson for the Indonesian National Police confirmed the arrests on Thursday.", "2019-10-10");
    expect(analysis.entities.find((e) => e.text.includes("National Police"))?.sector).toBe("COP");
  });

  it("codes nothing on a photographer 'capturing them with clarity' nor on 'you cannot refuse Otoshi' (WCXB pages)", () => {
    expect(webPageEvents("wcxb-1708.html.gz").join("\n")).not.toMatch(/capturing/);
    expect(webPageEvents("wcxb-4085.html.gz").join("\n")).not.toMatch(/refuse/);
  });

  it("still codes a subject named right before its verb after a 'you' clause (guard)", () => {
    const { events } = run("If you ask me, Russia cannot refuse the offer from Ukraine.", "2019-10-10");
    expect(events.map((e) => e.actor.map((a) => a.country).join("+")).join(" ")).toMatch(/RUS/);
  });
});
