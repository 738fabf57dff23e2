import { route } from "../route.js";
import { ActorsQuery, QuotesQuery } from "../schemas.js";
import { listCountries } from "../services/countries.js";

export const actorRoutes = [
  route({
    method: "GET",
    path: "/api/actors",
    response: "ActorsPage",
    tag: "actors",
    summary: "Actors (people, organisations, countries) with their event and quote counts",
    query: ActorsQuery,
    handler: ({ query }, { store }) =>
      store.listActors({ q: query.q, country: query.country }, { limit: query.limit, cursor: query.cursor ?? null }),
  }),
  route({
    method: "GET",
    path: "/api/countries",
    response: "Countries",
    tag: "actors",
    summary: "Countries that appear as actors, with event and quote counts summed over their actors (for the dyad picker)",
    handler: (_input, { store }) => listCountries(store),
  }),
  route({
    method: "GET",
    path: "/api/quotes",
    response: "QuotesPage",
    tag: "actors",
    summary: "Quotes, optionally by speaker (name), article or date range",
    query: QuotesQuery,
    handler: ({ query }, { store }) =>
      store.listQuotes(
        { speaker: query.speaker, articleId: query.article, from: query.from, to: query.to },
        { limit: query.limit, cursor: query.cursor ?? null },
      ),
  }),
];
