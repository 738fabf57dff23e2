import { useEffect, useRef, useState } from "preact/hooks";
import { api, type SearchAnswer, type SearchHit } from "../api.js";
import { Empty, ErrorNote, Loading } from "../components/Status.js";
import { snippetParts } from "../lib/segments.js";
import { useFetch } from "../lib/useFetch.js";
import { href, navigate, type Route } from "../router.js";

/** Quotes a facet value for the query syntax when it holds spaces or quotes. */
function term(field: string, value: string): string {
  return /^[\w.-]+$/.test(value) ? `${field}:${value}` : `${field}:"${value.replace(/"/g, "")}"`;
}

export function SearchPage({ route }: { route: Route }) {
  const q = route.query.get("q") ?? "";
  const sort = route.query.get("sort") === "newest" ? "newest" : "relevance";
  const [draft, setDraft] = useState(q);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setDraft(q), [q]);
  useEffect(() => {
    if (!q) input.current?.focus();
  }, []);
  const submit = (e: Event) => {
    e.preventDefault();
    if (draft.trim()) navigate(href(["search"], sort === "newest" ? { q: draft.trim(), sort } : { q: draft.trim() }));
  };
  return (
    <section class="page search">
      <h1>Search</h1>
      <form class="search-form" onSubmit={submit}>
        <input
          ref={input}
          type="search"
          name="q"
          aria-label="search query"
          placeholder='e.g. Kremlin sanctions, "long way", source:Xinhua'
          value={draft}
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        />
        <button type="submit">Search</button>
        <select
          aria-label="order"
          value={sort}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value;
            if (q) navigate(href(["search"], v === "newest" ? { q, sort: v } : { q }));
          }}
        >
          <option value="relevance">most relevant</option>
          <option value="newest">newest</option>
        </select>
      </form>
      <details class="syntax">
        <summary>Query syntax</summary>
        <ul>
          <li>
            <code>putin trump</code> both words; <code>"long way"</code> a phrase; <code>putin OR trump</code>; <code>putin -trump</code> or{" "}
            <code>NOT trump</code> to exclude
          </li>
          <li>
            fields: <code>title:kremlin</code> <code>source:Xinhua</code> <code>lang:en</code> <code>country:RUS</code>{" "}
            <code>actor:"Vladimir Putin"</code>
          </li>
          <li>
            dates: <code>date:2018-03</code>, <code>date:2019-01-01..2019-06-30</code>
          </li>
        </ul>
      </details>
      {q ? <Results q={q} sort={sort} /> : <Empty>Type a query to search the stored articles.</Empty>}
    </section>
  );
}

function Results({ q, sort }: { q: string; sort: "relevance" | "newest" }) {
  const first = useFetch(`search/${sort}/${q}`, (s) => api.search(q, sort, null, s));
  const [extra, setExtra] = useState<SearchHit[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [more, setMore] = useState<string>("idle");
  useEffect(() => {
    setExtra([]);
    setCursor(null);
  }, [q, sort]);
  if (first.state === "loading") return <Loading what="results" />;
  if (first.state === "error") return <ErrorNote message={first.message} />;
  const data = first.data;
  const next = cursor ?? (extra.length === 0 ? data.nextCursor : null);
  const items = [...data.items, ...extra];
  const loadMore = async () => {
    if (!next) return;
    setMore("loading");
    try {
      const page = await api.search(q, sort, next);
      setExtra((xs) => [...xs, ...page.items]);
      setCursor(page.nextCursor ?? "");
      setMore("idle");
    } catch (err) {
      setMore((err as Error).message);
    }
  };
  return (
    <div class="search-grid">
      <Facets q={q} facets={data.facets} />
      <div class="results">
        <p class="count" role="status">
          {data.total !== null ? `${data.total} articles` : `${items.length}+ articles`} match <code>{q}</code>
        </p>
        {items.length === 0 ? <Empty>Nothing matches. Try fewer words or another spelling.</Empty> : null}
        <ol class="hits">
          {items.map((h) => (
            <li key={h.articleId} class="hit">
              <a class="title" href={href(["article", h.articleId])}>
                {h.title || "(untitled)"}
              </a>
              <div class="src">{[h.source, h.published?.slice(0, 10)].filter(Boolean).join(" · ")}</div>
              <p class="snippet">
                {snippetParts(h.snippet).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
              </p>
            </li>
          ))}
        </ol>
        {next ? (
          <button type="button" onClick={loadMore} disabled={more === "loading"}>
            {more === "loading" ? "Loading…" : "More results"}
          </button>
        ) : null}
        {more !== "idle" && more !== "loading" ? <ErrorNote message={more} /> : null}
      </div>
    </div>
  );
}

function Facets({ q, facets }: { q: string; facets: SearchAnswer["facets"] }) {
  if (!facets) return <aside class="facets" />;
  const groups: { field: string; label: string; items: { value: string; count: number }[] }[] = [
    { field: "source", label: "Source", items: facets.source },
    { field: "country", label: "Country", items: facets.country },
    { field: "date", label: "Month", items: [...facets.month].sort((x, y) => y.value.localeCompare(x.value)) },
  ];
  return (
    <aside class="facets" aria-label="narrow the results">
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <section key={g.field}>
            <h2>{g.label}</h2>
            <ul>
              {g.items.slice(0, 12).map((f) => (
                <li key={f.value}>
                  {f.value.startsWith("(") ? f.value : <a href={href(["search"], { q: `${q} ${term(g.field, f.value)}` })}>{f.value}</a>}{" "}
                  <span class="n">{f.count}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      {facets.basis === "first-hits" ? <p class="note">Counts over the first {facets.counted} results.</p> : null}
    </aside>
  );
}
