import { VERSION } from "../../version.js";
import { route } from "../route.js";

export const metaRoutes = [
  route({
    method: "GET",
    path: "/api/health",
    response: "Health",
    tag: "meta",
    summary: "Liveness and version",
    handler: async () => ({ ok: true, version: VERSION }),
  }),
  route({
    method: "GET",
    path: "/api/stats",
    response: "Stats",
    tag: "meta",
    summary: "Counts of articles, stories, events, quotes and entity mentions in the store",
    handler: (_input, { store }) => store.stats(),
  }),
];
