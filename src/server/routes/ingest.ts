import { route } from "../route.js";
import { IngestBody } from "../schemas.js";
import { ingestOne } from "../services/ingest.js";

export const ingestRoutes = [
  route({
    method: "POST",
    path: "/api/ingest",
    response: "IngestAnswer",
    tag: "ingest",
    summary: "Process one page (extract → analyze → code events) and store it",
    description:
      "Off unless the server was started with a token (--ingest-token or DATELINE_INGEST_TOKEN); then it needs `Authorization: Bearer <token>`. Idempotent: the same page twice stores one article.",
    body: IngestBody,
    auth: true,
    ok: { status: 200, description: "the stored article id, story id and status (new, duplicate, near-duplicate)" },
    handler: ({ body }, { store }) => ingestOne(store, body),
  }),
];
