import { route } from "../route.js";
import { DyadParams, EventsQuery, TimelineQuery } from "../schemas.js";
import { toEventFilter } from "../services/filters.js";

export const eventRoutes = [
  route({
    method: "GET",
    path: "/api/events",
    response: "EventsPage",
    tag: "events",
    summary: "Coded events with their evidence sentence",
    description:
      "Filters: actor, recipient (ISO 3166-1 alpha-3), dyad=true (either direction), type (PLOVER), cameo, quad (1 verbal cooperation … 4 material conflict), from/to (event date), mode, minConfidence, article, story.",
    query: EventsQuery,
    handler: ({ query }, { store }) => store.listEvents(toEventFilter(query), { limit: query.limit, cursor: query.cursor ?? null }),
  }),
  route({
    method: "GET",
    path: "/api/dyads/{a}/{b}/timeline",
    response: "TimelineAnswer",
    tag: "events",
    summary: "Events between two countries (either direction) per day, week or month: counts per quad class, mean Goldstein, PLOVER types",
    params: DyadParams,
    query: TimelineQuery,
    handler: async ({ params, query }, { store }) => ({
      a: params.a,
      b: params.b,
      interval: query.interval,
      points: await store.dyadTimeline(params.a, params.b, query.interval, { from: query.from, to: query.to }),
    }),
  }),
];
