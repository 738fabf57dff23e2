import type { z } from "zod";

/** One problem with one request input, named by where it was found (`query.interval`, `params.a`). */
export interface Issue {
  where: string;
  message: string;
}

/** The error body every failing route returns: stable field names, a message a person can act on. */
export interface ErrorBody {
  error: { status: number; code: string; message: string; issues?: Issue[] };
}

/** An error that maps to an HTTP status with a clear message (thrown by validation and services). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
  }

  body(): ErrorBody {
    return { error: { status: this.status, code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) } };
  }
}

export function badRequest(message: string, issues?: Issue[]): HttpError {
  return new HttpError(400, "bad_request", message, issues);
}

export function notFound(message: string): HttpError {
  return new HttpError(404, "not_found", message);
}

/** Turns zod issues into one readable sentence plus the list, e.g. `query.interval: must be one of day, week, month`. */
export function fromZod(part: "query" | "params" | "body", error: z.ZodError): HttpError {
  const issues: Issue[] = error.issues.map((i) => ({
    where: [part, ...i.path.map(String)].join("."),
    message: i.message,
  }));
  const message = issues.map((i) => `${i.where}: ${i.message}`).join("; ");
  return badRequest(`invalid ${part === "body" ? "request body" : `${part} parameter`}: ${message}`, issues);
}

/**
 * Store errors caused by the request, not the server: a query the search syntax cannot parse, a cursor
 * that is not one of ours. Recognised by class name and message, so the server needs no store internals.
 */
export function storeError(err: unknown): HttpError | null {
  if (!(err instanceof Error)) return null;
  if (err.constructor.name === "QuerySyntaxError" || err.name === "QuerySyntaxError") {
    return new HttpError(400, "bad_query", `search query: ${err.message}`);
  }
  if (/^invalid cursor\b/i.test(err.message)) {
    return new HttpError(400, "bad_cursor", `${err.message.slice(0, 200)}: pass back the nextCursor of a previous answer unchanged`);
  }
  return null;
}
