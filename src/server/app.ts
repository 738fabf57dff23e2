import { existsSync } from "node:fs";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { z } from "zod";
import type { Store } from "../store/index.js";
import { fromZod, HttpError, storeError } from "./errors.js";
import { openApiDocument } from "./openapi.js";
import type { RouteDef, Services } from "./route.js";
import { actorRoutes } from "./routes/actors.js";
import { articleRoutes } from "./routes/articles.js";
import { eventRoutes } from "./routes/events.js";
import { ingestRoutes } from "./routes/ingest.js";
import { metaRoutes } from "./routes/meta.js";
import { searchRoutes } from "./routes/search.js";
import { type RateLimit, rateLimit, securityHeaders, tokenMatches } from "./security.js";

export const ROUTES: RouteDef[] = [...metaRoutes, ...searchRoutes, ...articleRoutes, ...eventRoutes, ...actorRoutes, ...ingestRoutes];

export interface ServerOptions {
  store: Store;
  /** Bearer token that switches POST /api/ingest on. Null or empty: ingest is off. */
  ingestToken?: string | null;
  /** Folder of the built web UI (index.html + assets). Absent: API only. */
  webRoot?: string | null;
  /** Largest request body in bytes (default 2 MiB). */
  bodyLimit?: number;
  rateLimit?: RateLimit;
  logger?: boolean;
}

/** Builds the Fastify app: API routes, OpenAPI document, security headers, limits, and the web UI. */
export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? 2 * 1024 * 1024,
    // Query strings like ?a=1&a=2 are rejected by the schemas rather than silently merged.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 300 },
  });
  const services: Services = { store: opts.store, ingestToken: opts.ingestToken || null };

  securityHeaders(app);
  rateLimit(app, opts.rateLimit ?? { max: 1200, windowMs: 60_000 });
  app.setErrorHandler((err, _req, reply) => sendError(reply, err));
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith("/api/")) {
      return sendError(reply, new HttpError(404, "not_found", `no route ${req.method} ${req.url.split("?")[0]}; see /api/openapi.json`));
    }
    return sendError(reply, new HttpError(404, "not_found", `not found: ${req.url}`));
  });

  const doc = openApiDocument(ROUTES);
  app.get("/api/openapi.json", async () => doc);
  for (const def of ROUTES) register(app, def, services);

  if (opts.webRoot && existsSync(opts.webRoot)) {
    await app.register(fastifyStatic, {
      root: opts.webRoot,
      prefix: "/",
      index: ["index.html"],
      wildcard: true,
      cacheControl: false,
      // Built assets carry a content hash in their names: cache them for good; index.html never.
      setHeaders: (res, path) => {
        res.header("cache-control", /[\\/]assets[\\/]/.test(path) ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
  }
  return app;
}

function register(app: FastifyInstance, def: RouteDef, services: Services): void {
  const url = def.path.replace(/\{(\w+)\}/g, ":$1");
  app.route({
    method: def.method,
    url,
    handler: async (req: FastifyRequest, reply: FastifyReply) => {
      if (def.auth) checkToken(req, services.ingestToken);
      const params = parse(def.params, req.params, "params");
      const query = parse(def.query, req.query ?? {}, "query");
      const body = def.body ? parse(def.body, req.body, "body") : undefined;
      const out = await def.handler({ params, query, body }, services);
      reply.code(def.ok?.status ?? 200);
      return out;
    },
  });
}

function parse(schema: z.ZodType | undefined, value: unknown, part: "query" | "params" | "body"): unknown {
  if (!schema) return {};
  if (part === "body" && (value === undefined || value === null)) {
    throw new HttpError(400, "bad_request", "request body is missing: send JSON with content-type application/json");
  }
  const r = schema.safeParse(value);
  if (!r.success) throw fromZod(part, r.error);
  return r.data;
}

function checkToken(req: FastifyRequest, token: string | null): void {
  if (!token) {
    throw new HttpError(
      403,
      "ingest_disabled",
      "ingest is switched off: start the server with --ingest-token <token> or DATELINE_INGEST_TOKEN",
    );
  }
  if (!tokenMatches(req.headers.authorization, token)) {
    throw new HttpError(401, "unauthorized", "missing or wrong token: send Authorization: Bearer <token>");
  }
}

function sendError(reply: FastifyReply, err: unknown): FastifyReply {
  if (err instanceof HttpError) return reply.code(err.status).send(err.body());
  const fromStore = storeError(err);
  if (fromStore) return reply.code(fromStore.status).send(fromStore.body());
  const e = err as { statusCode?: number; code?: string; message?: string };
  // Fastify's own errors: bad JSON, body too large, unsupported media type, ...
  if (typeof e.statusCode === "number" && e.statusCode >= 400 && e.statusCode < 500) {
    const code = (e.code ?? "bad_request").toLowerCase().replace(/^fst_err_/, "");
    return reply.code(e.statusCode).send(new HttpError(e.statusCode, code, e.message ?? "bad request").body());
  }
  reply.log.error(err);
  return reply.code(500).send(new HttpError(500, "internal", `internal error: ${e.message ?? String(err)}`).body());
}
