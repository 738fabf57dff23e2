import { z } from "zod";
import { VERSION } from "../version.js";
import { RESPONSE_SCHEMAS } from "./response-schemas.js";
import type { RouteDef } from "./route.js";

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["status", "code", "message"],
      properties: {
        status: { type: "integer" },
        code: { type: "string" },
        message: { type: "string" },
        issues: { type: "array", items: { type: "object", properties: { where: { type: "string" }, message: { type: "string" } } } },
      },
    },
  },
};

function jsonSchema(s: z.ZodType): Record<string, unknown> {
  const out = z.toJSONSchema(s, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  delete out.$schema;
  return out;
}

/** Query or path parameters of an object schema, as OpenAPI parameter objects. */
function parameters(s: z.ZodType | undefined, where: "query" | "path"): unknown[] {
  if (!s) return [];
  const js = jsonSchema(s) as { properties?: Record<string, { description?: string }>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, schema]) => ({
    name,
    in: where,
    required: where === "path" || (js.required ?? []).includes(name),
    schema,
  }));
}

/** The OpenAPI 3.1 document, generated from the same route list the server registers. */
export function openApiDocument(routes: RouteDef[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const ok = r.ok ?? { status: 200, description: "OK" };
    const responses: Record<string, unknown> = {
      [ok.status]: {
        description: ok.description,
        content: { "application/json": { schema: { $ref: `#/components/schemas/${r.response}` } } },
      },
      400: {
        description: "bad parameter: the message names it and says what is allowed",
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      },
      429: { description: "rate limit exceeded", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
    };
    if (r.path.includes("{id}"))
      responses[404] = { description: "not found", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
    if (r.auth) {
      responses[401] = {
        description: "missing or wrong bearer token",
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      };
      responses[403] = {
        description: "ingest is switched off (no token configured)",
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      };
    }
    const op: Record<string, unknown> = {
      summary: r.summary,
      tags: [r.tag],
      parameters: [...parameters(r.params, "path"), ...parameters(r.query, "query")],
      responses,
    };
    if (r.description) op.description = r.description;
    if (r.body) op.requestBody = { required: true, content: { "application/json": { schema: jsonSchema(r.body) } } };
    if (r.auth) op.security = [{ bearer: [] }];
    paths[r.path] ??= {};
    paths[r.path]![r.method.toLowerCase()] = op;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Dateline API",
      version: VERSION,
      description:
        "Who did and said what to whom, when and where: articles with annotations (character offsets into article.text), stories, events (CAMEO and PLOVER) with evidence, dyad timelines, actors, quotes. Lists use cursor pagination: pass nextCursor back as cursor.",
    },
    paths,
    components: {
      schemas: { Error: errorSchema, ...RESPONSE_SCHEMAS },
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    },
  };
}
