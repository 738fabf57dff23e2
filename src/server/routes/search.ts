import { route } from "../route.js";
import { SearchQuery } from "../schemas.js";
import { searchWithFacets } from "../services/search.js";

export const searchRoutes = [
  route({
    method: "GET",
    path: "/api/search",
    response: "SearchAnswer",
    tag: "search",
    summary: "Full-text search over articles",
    description:
      'Query syntax of the store: words, "phrases", AND / OR / NOT, -word, fields (title:, source:, lang:, country:, actor:) and date ranges. Hits come by relevance (BM25 / ts_rank_cd over the query words, title weighted up) unless sort=newest, or the query has only filters. Snippets mark matches with « and ». With facets=true the answer carries counts by source, country and month.',
    query: SearchQuery,
    handler: ({ query }, { store }) =>
      searchWithFacets(store, query.q, { limit: query.limit, cursor: query.cursor ?? null }, query.facets ?? false, {
        sort: query.sort,
      }),
  }),
];
