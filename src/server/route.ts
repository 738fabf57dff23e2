import type { z } from "zod";
import type { Store } from "../store/index.js";

/** What a handler may use: the store and the server's options (never the raw request). */
export interface Services {
  store: Store;
  /** Present only when ingest is switched on (a token is configured). */
  ingestToken: string | null;
}

/**
 * One API route, described once: Fastify registers it and the OpenAPI document is generated from it.
 * Handlers are thin: validated input in, a store or service call, a JSON value out.
 */
export interface RouteDef<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> {
  method: "GET" | "POST";
  /** OpenAPI-style path: `/api/articles/{id}`. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  /** Needs `Authorization: Bearer <token>`. */
  auth?: boolean;
  /** Name of the success answer's schema in response-schemas.ts. */
  response: string;
  /** Status code and description of the success response. */
  ok?: { status: number; description: string };
  handler(input: { params: z.output<P>; query: z.output<Q>; body: z.output<B> }, services: Services): Promise<unknown>;
}

/** Keeps the generic parameters while collecting routes of different shapes in one list. */
export function route<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(def: RouteDef<P, Q, B>): RouteDef {
  return def as unknown as RouteDef;
}
