import type { StoredEvent } from "../store/index.js";

/** One event in PLOVER's JSON event form (PLOVER v2 field names), with CAMEO and our provenance beside it. */
export function toPloverJson(e: StoredEvent): Record<string, unknown> {
  const one = (xs: StoredEvent["actor"]) => xs.map((x) => x.country ?? "---").join(";") || null;
  const agent = (xs: StoredEvent["actor"]) =>
    xs
      .map((x) => x.sector ?? "")
      .filter(Boolean)
      .join(";") || null;
  return {
    id: e.id,
    date: e.date.value,
    event: e.plover?.event ?? null,
    mode: e.plover?.mode ?? null,
    context: e.plover?.context ?? [],
    source_actor: one(e.actor),
    source_agent: agent(e.actor),
    source_name: e.actor.map((x) => x.name),
    target_actor: one(e.recipient),
    target_agent: agent(e.recipient),
    target_name: e.recipient.map((x) => x.name),
    location: e.location ?? null,
    negated: e.mode.negated,
    hypothetical: e.mode.hypothetical,
    future: e.mode.future,
    historical: e.mode.historical,
    cameo: e.cameo.code,
    goldstein: e.cameo.goldstein,
    quad_class: e.cameo.quad,
    text: e.evidence.sentence,
    evidence: { start: e.evidence.start, end: e.evidence.end },
    confidence: e.confidence,
    mentions: e.mentionCount,
    story_id: e.storyId,
    article_id: e.articleId,
  };
}
