import { useEffect, useState } from "preact/hooks";
import { api, type StoredQuote } from "../api.js";
import { Empty, ErrorNote, Loading } from "../components/Status.js";
import { useFetch } from "../lib/useFetch.js";
import { href, navigate, type Route } from "../router.js";

/** Who said what: quotes by speaker, each linked to its place in the article. */
export function QuotesPage({ route }: { route: Route }) {
  const speaker = route.query.get("speaker") ?? "";
  const [draft, setDraft] = useState(speaker);
  useEffect(() => setDraft(speaker), [speaker]);
  return (
    <section class="page quotes-page">
      <h1>Quotes{speaker ? ` by ${speaker}` : ""}</h1>
      <form
        class="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(href(["quotes"], { speaker: draft.trim() || null }));
        }}
      >
        <input
          type="search"
          aria-label="speaker"
          placeholder="Speaker, e.g. Dmitry Peskov (empty: everyone)"
          value={draft}
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        />
        <button type="submit">Show quotes</button>
      </form>
      <QuoteList speaker={speaker} />
    </section>
  );
}

function QuoteList({ speaker }: { speaker: string }) {
  const first = useFetch(`quotes/${speaker}`, (s) => api.quotes({ speaker: speaker || undefined, limit: 50 }, s));
  const [extra, setExtra] = useState<StoredQuote[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [more, setMore] = useState("idle");
  useEffect(() => {
    setExtra([]);
    setCursor(undefined);
  }, [speaker]);
  if (first.state === "loading") return <Loading what="quotes" />;
  if (first.state === "error") return <ErrorNote message={first.message} />;
  const next = cursor === undefined ? first.data.nextCursor : cursor;
  const items = [...first.data.items, ...extra];
  const loadMore = async () => {
    if (!next) return;
    setMore("loading");
    try {
      const page = await api.quotes({ speaker: speaker || undefined, limit: 50, cursor: next });
      setExtra((xs) => [...xs, ...page.items]);
      setCursor(page.nextCursor);
      setMore("idle");
    } catch (err) {
      setMore((err as Error).message);
    }
  };
  return (
    <>
      {items.length === 0 ? <Empty>No quotes{speaker ? ` by ${speaker}` : ""} in the store.</Empty> : null}
      <ol class="quote-list">
        {items.map((q) => (
          <li key={q.id} class="quote-item">
            <div class="qmeta">
              <a href={href(["quotes"], { speaker: q.speaker?.name ?? null })} class="speaker">
                {q.speaker?.name ?? "unknown speaker"}
              </a>{" "}
              <span class="qkind">
                {q.kind}
                {q.cue ? `, ${q.cue}` : ""}
                {q.date ? ` · ${q.date}` : ""}
              </span>
            </div>
            <q>{q.text}</q>{" "}
            <a class="to-article" href={href(["article", q.articleId], { hl: `${q.start}-${q.end}` })}>
              in context →
            </a>
          </li>
        ))}
      </ol>
      {next ? (
        <button type="button" onClick={loadMore} disabled={more === "loading"}>
          {more === "loading" ? "Loading…" : "More quotes"}
        </button>
      ) : null}
      {more !== "idle" && more !== "loading" ? <ErrorNote message={more} /> : null}
    </>
  );
}
