/**
 * One event as a PLOVER JSON record (one line of a PLOVER JSONL export). Events without a PLOVER type
 * (CAMEO 01 statements, 02 appeals) return null: they have no place in a PLOVER file.
 */
import type { Actor, Event } from "../../model/index.js";
import type { ExportContext } from "./context.js";

export interface PloverRecord {
  id: string;
  event_type: string;
  mode: string | null;
  context: string[];
  event_date: string | null;
  date_precision: string | null;
  date_source: string | null;
  actor: string;
  actor_country: string | null;
  actor_sector: string | null;
  recipient: string;
  recipient_country: string | null;
  recipient_sector: string | null;
  actors: { name: string; country: string | null; sector: string | null }[];
  recipients: { name: string; country: string | null; sector: string | null }[];
  reciprocal: boolean;
  location: string | null;
  negated: boolean;
  hypothetical: boolean;
  future: boolean;
  historical: boolean;
  cameo: string;
  goldstein: number;
  quad_class: number;
  confidence: number;
  text: string;
  evidence: { start: number; end: number; trigger: string | null; trigger_start: number | null; trigger_end: number | null };
  mentions: number;
  story_id: string | null;
  story_date: string | null;
  source_url: string | null;
}

const side = (as: Actor[]) => as.map((a) => ({ name: a.name, country: a.country, sector: a.sector ?? null }));

export function toPloverJson(event: Event, ctx: ExportContext = {}): PloverRecord | null {
  if (!event.plover) return null;
  const a = event.actor[0];
  const r = event.recipient[0];
  const t = event.evidence.trigger;
  return {
    id: ctx.eventId ?? `${ctx.articleId ?? "article"}-${ctx.eventNumber ?? 0}`,
    event_type: event.plover.event,
    mode: event.plover.mode ?? null,
    context: event.plover.context ?? [],
    event_date: event.date.value,
    date_precision: event.date.precision ?? null,
    date_source: event.date.source ?? null,
    actor: event.actor.map((x) => x.name).join("; "),
    actor_country: a?.country ?? null,
    actor_sector: a?.sector ?? null,
    recipient: event.recipient.map((x) => x.name).join("; "),
    recipient_country: r?.country ?? null,
    recipient_sector: r?.sector ?? null,
    actors: side(event.actor),
    recipients: side(event.recipient),
    reciprocal: event.reciprocal ?? false,
    location: event.location ?? null,
    negated: event.mode.negated,
    hypothetical: event.mode.hypothetical,
    future: event.mode.future,
    historical: event.mode.historical,
    cameo: event.cameo.code,
    goldstein: event.cameo.goldstein,
    quad_class: event.cameo.quad,
    confidence: event.confidence,
    text: event.evidence.sentence,
    evidence: {
      start: event.evidence.start,
      end: event.evidence.end,
      trigger: t?.text ?? null,
      trigger_start: t?.start ?? null,
      trigger_end: t?.end ?? null,
    },
    mentions: ctx.mentionCount ?? 1 + (event.mentions?.length ?? 0),
    story_id: ctx.storyId ?? null,
    story_date: ctx.published ?? null,
    source_url: ctx.url ?? null,
  };
}
