import type { StoredEvent } from "../api.js";
import { actorLabel, modeFlags, QUAD_LABEL } from "../lib/codes.js";
import { href } from "../router.js";

/** One event: what, who → whom, when, how sure, and its sentence with the trigger marked. */
export function EventCard({ event, linkText }: { event: StoredEvent; linkText?: string }) {
  const e = event;
  const flags = modeFlags(e.mode);
  const ev = e.evidence;
  const trig = ev.trigger && ev.trigger.start >= ev.start && ev.trigger.end <= ev.end ? ev.trigger : null;
  const local = trig ? { s: trig.start - ev.start, e: trig.end - ev.start } : null;
  return (
    <li class={`event quad-${e.cameo.quad}`} data-event-id={e.id}>
      <div class="event-head">
        <span class="date">{e.date.value ?? "undated"}</span>
        <span class={`badge quad-${e.cameo.quad}`} title={QUAD_LABEL[e.cameo.quad]}>
          {e.plover?.event ?? QUAD_LABEL[e.cameo.quad]}
          {e.plover?.mode ? ` · ${e.plover.mode}` : ""}
        </span>
        <span class="cameo" title={e.cameo.label ?? ""}>
          CAMEO {e.cameo.code} · Goldstein {e.cameo.goldstein}
        </span>
        {flags.map((f) => (
          <span key={f} class="flag">
            {f}
          </span>
        ))}
        <span class="confidence" title="confidence">
          {Math.round(e.confidence * 100)}%
        </span>
      </div>
      <div class="who">
        {actorLabel(e.actor)} → {actorLabel(e.recipient)}
        {e.mentionCount > 1 ? <span class="mentions"> · in {e.mentionCount} copies</span> : null}
      </div>
      <blockquote class="sentence">
        {local ? (
          <>
            {ev.sentence.slice(0, local.s)}
            <mark class="trigger">{ev.sentence.slice(local.s, local.e)}</mark>
            {ev.sentence.slice(local.e)}
          </>
        ) : (
          ev.sentence
        )}
      </blockquote>
      <a class="to-article" href={href(["article", e.articleId], { hl: `${ev.start}-${ev.end}` })}>
        {linkText ?? `Show in article${e.articleTitle ? `: ${e.articleTitle}` : ""} →`}
      </a>
    </li>
  );
}
