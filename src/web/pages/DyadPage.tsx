import { useEffect, useState } from "preact/hooks";
import { api, type Paged, type StoredEvent } from "../api.js";
import { EventCard } from "../components/EventCard.js";
import { Empty, ErrorNote, Loading } from "../components/Status.js";
import { type DayRange, Timeline } from "../components/Timeline.js";
import type { Interval } from "../lib/dates.js";
import { useFetch } from "../lib/useFetch.js";
import { href, navigate, type Route } from "../router.js";

const INTERVALS: Interval[] = ["day", "week", "month"];

/** "How are relations between A and B going, and why do you say so?" */
export function DyadPage({ route }: { route: Route }) {
  const countries = useFetch("countries", (s) => api.countries(s));
  const [pa, pb] = [route.path[1]?.toUpperCase(), route.path[2]?.toUpperCase()];
  const q = route.query;
  const interval = (INTERVALS as string[]).includes(q.get("interval") ?? "") ? (q.get("interval") as Interval) : "day";
  const sel = parseRange(q.get("sel"));
  const from = isDay(q.get("from")) ? q.get("from")! : "";
  const to = isDay(q.get("to")) ? q.get("to")! : "";

  // Pick defaults once the country list is known: RUS–USA when present, else the two most active.
  useEffect(() => {
    if (pa && pb) return;
    if (countries.state !== "ok") return;
    const codes = countries.data.items.map((c) => c.country);
    const [a, b] = codes.includes("RUS") && codes.includes("USA") ? ["RUS", "USA"] : [codes[0], codes[1]];
    if (a && b) navigate(href(["dyad", a, b], { interval }), true);
  }, [pa, pb, countries.state]);

  const go = (
    next: Partial<{ a: string; b: string; interval: Interval; sel: DayRange | null; from: string; to: string }>,
    replace = false,
  ) => {
    const a = next.a ?? pa;
    const b = next.b ?? pb;
    if (!a || !b) return;
    const s = next.sel === undefined ? sel : next.sel;
    navigate(
      href(["dyad", a, b], {
        interval: next.interval ?? interval,
        from: next.from ?? from,
        to: next.to ?? to,
        sel: s ? `${s.from}..${s.to}` : null,
      }),
      replace,
    );
  };

  const options = countries.state === "ok" ? countries.data.items : [];
  return (
    <section class="page dyad">
      <h1>Relations{pa && pb ? `: ${pa} – ${pb}` : ""}</h1>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <CountrySelect label="A" value={pa} options={options} onPick={(a) => go({ a, sel: null })} />
        <CountrySelect label="B" value={pb} options={options} onPick={(b) => go({ b, sel: null })} />
        <fieldset class="interval">
          <legend>Per</legend>
          {INTERVALS.map((i) => (
            <label key={i}>
              <input type="radio" name="interval" value={i} checked={i === interval} onChange={() => go({ interval: i })} /> {i}
            </label>
          ))}
        </fieldset>
        <label>
          From{" "}
          <input
            type="date"
            value={from}
            aria-label="from date"
            onChange={(e) => go({ from: (e.target as HTMLInputElement).value, sel: null })}
          />
        </label>
        <label>
          To{" "}
          <input
            type="date"
            value={to}
            aria-label="to date"
            onChange={(e) => go({ to: (e.target as HTMLInputElement).value, sel: null })}
          />
        </label>
      </form>
      {countries.state === "error" ? <ErrorNote message={countries.message} /> : null}
      {pa && pb ? (
        <DyadBody a={pa} b={pb} interval={interval} range={{ from, to }} sel={sel} onSelect={(s) => go({ sel: s })} />
      ) : countries.state === "loading" ? (
        <Loading what="countries" />
      ) : (
        <Empty>No countries with events yet: ingest some news first (dateline ingest …).</Empty>
      )}
    </section>
  );
}

function DyadBody({
  a,
  b,
  interval,
  range,
  sel,
  onSelect,
}: {
  a: string;
  b: string;
  interval: Interval;
  range: { from: string; to: string };
  sel: DayRange | null;
  onSelect(s: DayRange | null): void;
}) {
  const timeline = useFetch(`${a}/${b}/${interval}/${range.from}/${range.to}`, (s) =>
    api.timeline(a, b, interval, { from: range.from || undefined, to: range.to || undefined }, s),
  );
  if (timeline.state === "loading") return <Loading what="timeline" />;
  if (timeline.state === "error") return <ErrorNote message={timeline.message} />;
  const points = timeline.data.points;
  if (points.length === 0)
    return (
      <Empty>
        No events between {a} and {b} in the store
        {range.from || range.to ? ` from ${range.from || "the start"} to ${range.to || "the end"}` : ""}.
      </Empty>
    );
  const total = points.reduce((s, p) => s + p.count, 0);
  const coop = points.reduce((s, p) => s + p.quad[1] + p.quad[2], 0);
  const conflict = points.reduce((s, p) => s + p.quad[3] + p.quad[4], 0);
  const gs = points.filter((p) => p.meanGoldstein !== null);
  const meanG = gs.length ? gs.reduce((s, p) => s + p.meanGoldstein! * p.count, 0) / gs.reduce((s, p) => s + p.count, 0) : null;
  return (
    <>
      <p class="summary">
        {total} events between {a} and {b}: {coop} cooperation, {conflict} conflict
        {meanG !== null ? `, mean Goldstein ${meanG.toFixed(1)}` : ""}. Click a bar or drag across the chart to read the events behind it.
      </p>
      <Timeline points={points} interval={interval} selected={sel} onSelect={onSelect} />
      {sel ? <EventList a={a} b={b} sel={sel} onClear={() => onSelect(null)} /> : <p class="hint">No period chosen yet.</p>}
    </>
  );
}

function EventList({ a, b, sel, onClear }: { a: string; b: string; sel: DayRange; onClear(): void }) {
  const [pages, setPages] = useState<Paged<StoredEvent>[]>([]);
  const [more, setMore] = useState<"idle" | "loading" | string>("idle");
  const key = `${a}/${b}/${sel.from}/${sel.to}`;
  const first = useFetch(key, (s) => api.events({ actor: a, recipient: b, dyad: true, from: sel.from, to: sel.to, limit: 50 }, s));
  useEffect(() => setPages([]), [key]);
  if (first.state === "loading") return <Loading what="events" />;
  if (first.state === "error") return <ErrorNote message={first.message} />;
  const all = [first.data, ...pages];
  const items = all.flatMap((p) => p.items);
  // The timeline counts what happened: negated, hypothetical and future events are listed apart.
  const isCounted = (e: StoredEvent) => !e.mode.negated && !e.mode.hypothetical && !e.mode.future;
  const counted = items.filter(isCounted);
  const uncounted = items.filter((e) => !isCounted(e));
  const next = all[all.length - 1]!.nextCursor;
  const loadMore = async () => {
    if (!next) return;
    setMore("loading");
    try {
      const page = await api.events({ actor: a, recipient: b, dyad: true, from: sel.from, to: sel.to, limit: 50, cursor: next });
      setPages((ps) => [...ps, page]);
      setMore("idle");
    } catch (err) {
      setMore((err as Error).message);
    }
  };
  return (
    <section class="events" aria-live="polite">
      <h2>
        Events {sel.from === sel.to ? `on ${sel.from}` : `from ${sel.from} to ${sel.to}`}{" "}
        <span class="count">({first.data.total ?? items.length})</span>{" "}
        <button type="button" class="link" onClick={onClear}>
          clear
        </button>
      </h2>
      {items.length === 0 ? <Empty>No events in this period.</Empty> : null}
      <ol class="event-list">
        {counted.map((e) => (
          <EventCard key={e.id} event={e} />
        ))}
      </ol>
      {uncounted.length > 0 ? (
        <>
          <h3 class="uncounted-head">Not counted in the chart: negated, hypothetical or future ({uncounted.length})</h3>
          <ol class="event-list uncounted">
            {uncounted.map((e) => (
              <EventCard key={e.id} event={e} />
            ))}
          </ol>
        </>
      ) : null}
      {next ? (
        <button type="button" onClick={loadMore} disabled={more === "loading"}>
          {more === "loading" ? "Loading…" : "More events"}
        </button>
      ) : null}
      {more !== "idle" && more !== "loading" ? <ErrorNote message={more} /> : null}
    </section>
  );
}

function parseRange(s: string | null): DayRange | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:~|\.\.)(\d{4}-\d{2}-\d{2})$/.exec(s ?? "");
  return m ? { from: m[1]!, to: m[2]! } : null;
}

function isDay(s: string | null): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s ?? "");
}

/** One country picker; a code in the URL that the store does not list stays selectable. */
function CountrySelect(props: {
  label: string;
  value: string | null | undefined;
  options: { country: string }[];
  onPick: (c: string) => void;
}) {
  const { label, value, options, onPick } = props;
  const known = options.some((c) => c.country === value);
  return (
    <label>
      Country {label}{" "}
      <select value={value ?? ""} onChange={(e) => onPick((e.target as HTMLSelectElement).value)} aria-label={`country ${label}`}>
        {!value || known ? null : <option value={value}>{value}</option>}
        {options.map((c) => (
          <option key={c.country} value={c.country}>
            {c.country}
          </option>
        ))}
      </select>
    </label>
  );
}
