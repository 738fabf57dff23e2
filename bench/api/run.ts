/**
 * API latency on the bundled corpus (examples/: the seed + Wikinews): a real server on 127.0.0.1, real
 * HTTP requests one at a time, p50/p95 per endpoint, next to the same store call made directly (so the
 * HTTP + validation overhead is visible). Target (issue 7): p50 < 50 ms for the timeline and search.
 *
 *   npx tsx bench/api/run.ts [--n 200] [--db bench/out/api-corpus.db] [--fresh]
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ingest } from "../../src/cli/commands/ingest.js";
import { buildServer } from "../../src/server/index.js";
import { openStore, type Store } from "../../src/store/index.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const args = process.argv.slice(2);
const arg = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const N = Number(arg("n", "200"));
const DB = join(ROOT, arg("db", "bench/out/api-corpus.db"));

interface Case {
  name: string;
  url: string;
  direct: (s: Store) => Promise<unknown>;
}

const CASES: Case[] = [
  {
    name: "timeline RUS–USA day",
    url: "/api/dyads/RUS/USA/timeline?interval=day",
    direct: (s) => s.dyadTimeline("RUS", "USA", "day"),
  },
  {
    name: "timeline RUS–USA month",
    url: "/api/dyads/RUS/USA/timeline?interval=month",
    direct: (s) => s.dyadTimeline("RUS", "USA", "month"),
  },
  {
    name: "timeline USA–CHN week",
    url: "/api/dyads/USA/CHN/timeline?interval=week",
    direct: (s) => s.dyadTimeline("USA", "CHN", "week"),
  },
  // Search as the UI asks for it (first page of 20 with facets), and one page of 50 to show the cost per hit.
  ...["kremlin", '"prime minister"', "election -trump"].map(
    (q): Case => ({
      name: `search (UI page): ${q}`,
      url: `/api/search?q=${encodeURIComponent(q)}&limit=20&facets=true`,
      direct: async (s) => [await s.search(q, { limit: 20 }), await s.searchFacets?.(q)],
    }),
  ),
  {
    name: 'search (limit 50): "prime minister"',
    url: `/api/search?q=${encodeURIComponent('"prime minister"')}&limit=50`,
    direct: (s) => s.search('"prime minister"', { limit: 50 }),
  },
  {
    name: "events RUS–USA (dyad, 1 day)",
    url: "/api/events?actor=RUS&recipient=USA&dyad=true&from=2018-03-22&to=2018-03-22",
    direct: (s) => s.listEvents({ actor: "RUS", recipient: "USA", dyad: true, from: "2018-03-22", to: "2018-03-22" }, { limit: 50 }),
  },
];

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function time(n: number, f: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < Math.min(10, n); i++) await f(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await f();
    out.push(performance.now() - t);
  }
  return out;
}

async function main(): Promise<void> {
  if (args.includes("--fresh")) rmSync(DB, { force: true });
  if (!existsSync(DB)) {
    mkdirSync(dirname(DB), { recursive: true });
    process.stderr.write(`ingesting examples/ into ${DB} …\n`);
    const t = performance.now();
    const sum = await ingest([join(ROOT, "examples")], { db: DB, quiet: true });
    process.stderr.write(`  ${sum.ok} stored, ${sum.failed} failed in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  }
  const store = await openStore(DB);
  const stats = await store.stats();
  const app = await buildServer({ store, rateLimit: { max: 0, windowMs: 60_000 } });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const addr = app.server.address();
  const base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;

  const load = loadavg()[0]!.toFixed(1);
  const rows: string[] = [];
  rows.push("| endpoint | HTTP p50 ms | HTTP p95 ms | direct store p50 ms | items | target p50 |");
  rows.push("|---|---|---|---|---|---|");
  let pass = true;
  for (const c of CASES) {
    let items = 0;
    const http = await time(N, async () => {
      const res = await fetch(`${base}${c.url}`);
      if (!res.ok) throw new Error(`${c.url}: HTTP ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { items?: unknown[]; points?: unknown[] };
      items = (body.items ?? body.points ?? []).length;
    });
    const direct = await time(N, () => c.direct(store));
    const p50 = pct(http, 50);
    const gated = c.name.startsWith("timeline") || c.name.startsWith("search");
    if (gated && p50 >= 50) pass = false;
    rows.push(
      `| ${c.name} | ${p50.toFixed(2)} | ${pct(http, 95).toFixed(2)} | ${pct(direct, 50).toFixed(2)} | ${items} | ${gated ? (p50 < 50 ? "< 50 ✓" : "< 50 ✗") : "—"} |`,
    );
  }
  await app.close();
  await store.close();

  const head = [
    `Bundled corpus: ${stats.articles} articles, ${stats.stories} stories, ${stats.events} events, ${stats.quotes} quotes (SQLite, ${DB.replace(`${ROOT}/`, "")}).`,
    `${N} sequential requests per endpoint after 10 warm-up requests; Node ${process.version}, ${cpus().length} cores, load average ${load} at the start (other processes share the machine: high load inflates every number); ${new Date().toISOString().slice(0, 10)}.`,
    "No peer is listed: GDELT and ICEWS/POLECAT publish no self-hosted API to run side by side on this machine.",
  ];
  const table = rows.join("\n");
  process.stdout.write(
    `${head.join("\n")}\n\n${table}\n\n${pass ? "all gated endpoints meet p50 < 50 ms" : "SOME GATED ENDPOINT MISSES p50 < 50 ms"}\n`,
  );
  if (!args.includes("--no-write")) {
    writeFileSync(
      join(ROOT, "bench/api/RESULTS.md"),
      `# API latency (bench/api/run.ts)\n\n${head.join("\n")}\n\n${table}\n\nHTTP = a real request over loopback through Fastify, zod validation, the store and JSON; direct = the same store call without HTTP.\nRun: \`npx tsx bench/api/run.ts\` (ingests examples/ into bench/out/api-corpus.db on first run; \`--fresh\` re-ingests).\n`,
    );
  }
}

await main();
