import { type Kysely, sql } from "kysely";
import type { Event } from "../../model/index.js";
import type { Engine } from "../db/engine.js";
import { types } from "../db/engine.js";
import { dayOf, dyads, happened } from "../keys.js";

/**
 * The dyad rollup as one row per country pair and day (counts by quad class, Goldstein sum) plus a
 * PLOVER side table, so a ten-year daily timeline reads at most ~3,650 rows. Rebuilt from the events.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = types(engine);
  await sql`drop table if exists dyad_daily`.execute(db);
  await sql`create table dyad_daily (
    lo text not null, hi text not null, day text not null,
    n integer not null, q1 integer not null, q2 integer not null, q3 integer not null, q4 integer not null,
    goldstein_sum ${sql.raw(t.real)} not null,
    primary key (lo, hi, day)
  )`.execute(db);
  await sql`create table dyad_plover (
    lo text not null, hi text not null, day text not null, plover text not null, n integer not null,
    primary key (lo, hi, day, plover)
  )`.execute(db);
  const rows = await sql<{ json: string }>`select json from events`.execute(db);
  const days = new Map<string, { lo: string; hi: string; day: string; n: number; q: number[]; g: number }>();
  const plovers = new Map<string, { lo: string; hi: string; day: string; plover: string; n: number }>();
  for (const r of rows.rows) {
    const e = JSON.parse(r.json) as Event;
    const day = dayOf(e.date.value);
    if (!day || !happened(e)) continue;
    for (const [lo, hi] of dyads(e)) {
      const k = `${lo}|${hi}|${day}`;
      const d = days.get(k) ?? { lo, hi, day, n: 0, q: [0, 0, 0, 0], g: 0 };
      d.n++;
      d.q[e.cameo.quad - 1]!++;
      d.g += e.cameo.goldstein;
      days.set(k, d);
      if (e.plover?.event) {
        const pk = `${k}|${e.plover.event}`;
        const p = plovers.get(pk) ?? { lo, hi, day, plover: e.plover.event, n: 0 };
        p.n++;
        plovers.set(pk, p);
      }
    }
  }
  for (const d of days.values())
    await sql`insert into dyad_daily values (${d.lo}, ${d.hi}, ${d.day}, ${d.n}, ${d.q[0]}, ${d.q[1]}, ${d.q[2]}, ${d.q[3]}, ${d.g})`.execute(
      db,
    );
  for (const p of plovers.values()) await sql`insert into dyad_plover values (${p.lo}, ${p.hi}, ${p.day}, ${p.plover}, ${p.n})`.execute(db);
}
