import { useEffect, useState } from "preact/hooks";
import type { Entity, TimeRef } from "../../model/index.js";
import { api, type StoredArticle } from "../api.js";
import { EventCard } from "../components/EventCard.js";
import { ErrorNote, Loading } from "../components/Status.js";
import { actorLabel } from "../lib/codes.js";
import { type Mark, paragraphSpans, safeHref, segment } from "../lib/segments.js";
import { useFetch } from "../lib/useFetch.js";
import { href, type Route } from "../router.js";

type Layer = "entity" | "time" | "quote" | "event";
const LAYERS: { key: Layer; label: string }[] = [
  { key: "entity", label: "entities" },
  { key: "time", label: "times" },
  { key: "quote", label: "quotes" },
  { key: "event", label: "events" },
];

/** The clean text with its annotations highlighted, the lists beside it, and where it came from. */
export function ArticlePage({ route }: { route: Route }) {
  const id = route.path[1] ?? "";
  const loaded = useFetch(`article/${id}`, (s) => api.article(id, s));
  if (loaded.state === "loading") return <Loading what="article" />;
  if (loaded.state === "error") return <ErrorNote message={loaded.message} />;
  return <ArticleView stored={loaded.data} hl={parseSpan(route.query.get("hl"))} />;
}

function ArticleView({ stored, hl }: { stored: StoredArticle; hl: { start: number; end: number } | null }) {
  const { article, analysis } = stored;
  const [layers, setLayers] = useState<Set<Layer>>(new Set(["entity", "time", "quote", "event"]));
  const events = useFetch(`events/${stored.id}`, (s) => api.events({ article: stored.id, limit: 200 }, s));

  useEffect(() => {
    const el = document.getElementById("evidence");
    if (el) {
      el.scrollIntoView({ block: "center" });
      el.focus({ preventScroll: true });
    } else window.scrollTo(0, 0);
  }, [stored.id, hl?.start, hl?.end]);

  // Caption and credit mentions point into their caption or credit, not into the body: they are marked there.
  const marks: Mark[] = [];
  const captionMarks = (media: number, inCredit: boolean): Mark[] => [
    ...(layers.has("entity") ? analysis.entities : [])
      .filter((e) => e.inCaption && e.media === media && Boolean(e.inCredit) === inCredit)
      .map((e) => entityMark(e)),
    ...(layers.has("time") && !inCredit ? analysis.times : []).filter((t) => t.inCaption && t.media === media).map((t) => timeMark(t)),
  ];
  if (layers.has("entity")) for (const e of analysis.entities) if (!e.inCaption) marks.push(entityMark(e));
  if (layers.has("time")) for (const t of analysis.times) if (!t.inCaption) marks.push(timeMark(t));
  if (layers.has("quote"))
    for (const q of analysis.quotes)
      marks.push({ start: q.start, end: q.end, kind: "quote", title: `${q.kind} quote · ${q.speaker?.name ?? "speaker unknown"}` });
  if (layers.has("event"))
    for (const e of analysis.events)
      marks.push({
        start: e.evidence.start,
        end: e.evidence.end,
        kind: "event",
        title: `${e.plover?.event ?? `CAMEO ${e.cameo.code}`}: ${actorLabel(e.actor)} → ${actorLabel(e.recipient)}`,
      });
  if (hl) marks.push({ start: hl.start, end: hl.end, kind: "evidence", title: "the evidence sentence" });

  const text = article.text;
  const url = safeHref(article.url ?? null);
  const toggle = (k: Layer) => setLayers((s) => (s.has(k) ? new Set([...s].filter((x) => x !== k)) : new Set([...s, k])));

  return (
    <article class="page article-page">
      <header>
        <h1>{article.title || "(untitled)"}</h1>
        <dl class="meta">
          {article.source || article.siteName ? (
            <>
              <dt>Source</dt>
              <dd>{[article.source, article.siteName].filter(Boolean).join(" · ")}</dd>
            </>
          ) : null}
          {article.published ? (
            <>
              <dt>Published</dt>
              <dd>
                {article.published.value}
                {article.published.tz === null ? " (zone unknown)" : ""} <span class="method">via {article.published.method}</span>
              </dd>
            </>
          ) : null}
          {article.dateline ? (
            <>
              <dt>Dateline</dt>
              <dd>{[article.dateline.place, article.dateline.date, article.dateline.agency].filter(Boolean).join(", ")}</dd>
            </>
          ) : null}
          {article.byline.length > 0 ? (
            <>
              <dt>By</dt>
              <dd>{article.byline.join(", ")}</dd>
            </>
          ) : null}
          {article.url ? (
            <>
              <dt>URL</dt>
              <dd>
                {url ? (
                  <a href={url} rel="noopener noreferrer nofollow" target="_blank">
                    {article.url}
                  </a>
                ) : (
                  article.url
                )}
              </dd>
            </>
          ) : null}
        </dl>
      </header>
      <div class="article-grid">
        <div class="article-text">
          <fieldset class="layers">
            <legend>Highlight</legend>
            {LAYERS.map((l) => (
              <label key={l.key} class={`layer-${l.key}`}>
                <input type="checkbox" checked={layers.has(l.key)} onChange={() => toggle(l.key)} /> {l.label}
              </label>
            ))}
          </fieldset>
          <div class="text">
            {paragraphSpans(text).map((p) => (
              <p key={p.start}>
                {segment(p.start, p.end, marks).map((s) => (
                  <Run key={s.start} text={text} seg={s} hl={hl} />
                ))}
              </p>
            ))}
          </div>
          {article.media.length > 0 ? (
            <section class="media">
              <h2>Media captions</h2>
              <ul>
                {article.media.map((m, i) => (
                  <li key={i}>
                    {m.caption ? <Marked text={m.caption} marks={captionMarks(i, false)} /> : "(no caption)"}{" "}
                    {m.credit ? (
                      <span class="credit">
                        — <Marked text={m.credit} marks={captionMarks(i, true)} />
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <details class="removed">
            <summary>Removed from the page ({article.removed.length})</summary>
            {article.removed.length === 0 ? <p>Nothing was removed.</p> : null}
            <ul>
              {article.removed.map((r, i) => (
                <li key={i}>
                  <span class="kind">{r.kind}</span> <span class="removed-text">{r.text}</span>
                </li>
              ))}
            </ul>
          </details>
        </div>
        <aside class="side">
          <section>
            <h2>Events ({analysis.events.length})</h2>
            {events.state === "loading" ? <Loading what="events" /> : null}
            {events.state === "error" ? <ErrorNote message={events.message} /> : null}
            {events.state === "ok" ? (
              events.data.items.length === 0 ? (
                <p class="status empty">No events coded in this article.</p>
              ) : (
                <ol class="event-list compact">
                  {events.data.items.map((e) => (
                    <EventCard key={e.id} event={e} linkText="Show the sentence" />
                  ))}
                </ol>
              )
            ) : null}
          </section>
          <section>
            <h2>Quotes ({analysis.quotes.length})</h2>
            <ul class="quotes">
              {analysis.quotes.map((q, i) => (
                <li key={i}>
                  {q.speaker ? (
                    <a class="speaker" href={href(["quotes"], { speaker: q.speaker.name })} title="all quotes by this speaker">
                      {q.speaker.name}
                    </a>
                  ) : (
                    "unknown speaker"
                  )}{" "}
                  <span class="qkind">
                    {q.kind}
                    {q.cue ? `, ${q.cue}` : ""}
                  </span>
                  <q>{q.text}</q> <a href={href(["article", stored.id], { hl: `${q.start}-${q.end}` })}>show</a>
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h2>Entities ({analysis.entities.length})</h2>
            <ul class="entities">
              {groupEntities(stored).map((g) => (
                <li key={g.name}>
                  <a class="ename" href={href(["search"], { q: `actor:"${g.name.replace(/"/g, "")}"` })} title="articles that mention it">
                    {g.name}
                  </a>{" "}
                  <span class="etype">
                    {g.type}
                    {g.country ? ` · ${g.country}` : ""}
                  </span>{" "}
                  <span class="ecount">×{g.count}</span>
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h2>Times ({analysis.times.length})</h2>
            <ul class="times">
              {analysis.times.map((t, i) => (
                <li key={i}>
                  “{t.text}” → {t.value ?? "unresolved"}
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h2>Other copies of this story ({stored.copies.length})</h2>
            {stored.copies.length === 0 ? <p class="status empty">No other copies.</p> : null}
            <ul class="copies">
              {stored.copies.map((c) => (
                <li key={c.id}>
                  <a href={href(["article", c.id])}>{c.title || "(untitled)"}</a>{" "}
                  <span class="src">{[c.source, c.published].filter(Boolean).join(" · ")}</span>
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </article>
  );
}

function entityMark(e: Entity): Mark {
  return { start: e.start, end: e.end, kind: "entity", title: `${e.name} · ${e.type}${e.country ? ` · ${e.country}` : ""}` };
}

function timeMark(t: TimeRef): Mark {
  return { start: t.start, end: t.end, kind: "time", title: `${t.text} = ${t.value ?? "unresolved"}` };
}

/** A caption or credit with its own marks. */
function Marked({ text, marks }: { text: string; marks: Mark[] }) {
  return (
    <>
      {segment(0, text.length, marks).map((s) => (
        <Run key={s.start} text={text} seg={s} hl={null} />
      ))}
    </>
  );
}

function Run({ text, seg, hl }: { text: string; seg: ReturnType<typeof segment>[number]; hl: { start: number; end: number } | null }) {
  const body = text.slice(seg.start, seg.end);
  if (seg.marks.length === 0) return <>{body}</>;
  const cls = [...new Set(seg.marks.map((m) => `m-${m.kind}`))].join(" ");
  const title = seg.marks
    .map((m) => m.title)
    .filter(Boolean)
    .join("\n");
  const isFirstOfEvidence = hl !== null && seg.start === hl.start && seg.marks.some((m) => m.kind === "evidence");
  return (
    <span class={cls} title={title} id={isFirstOfEvidence ? "evidence" : undefined} tabIndex={isFirstOfEvidence ? -1 : undefined}>
      {body}
    </span>
  );
}

function groupEntities(stored: StoredArticle) {
  const by = new Map<string, { name: string; type: string; country: string | null; count: number }>();
  for (const e of stored.analysis.entities) {
    const g = by.get(e.name) ?? { name: e.name, type: e.type, country: e.country ?? null, count: 0 };
    g.count++;
    by.set(e.name, g);
  }
  return [...by.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

function parseSpan(s: string | null): { start: number; end: number } | null {
  const m = /^(\d+)-(\d+)$/.exec(s ?? "");
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end > start ? { start, end } : null;
}
