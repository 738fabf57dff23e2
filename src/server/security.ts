import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { HttpError } from "./errors.js";

/** Everything the UI needs comes from this origin; nothing inline, no plugins, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export function securityHeaders(app: FastifyInstance): void {
  app.addHook("onSend", async (_req, reply) => {
    reply.header("content-security-policy", CONTENT_SECURITY_POLICY);
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "no-referrer");
    reply.header("x-frame-options", "DENY");
    reply.header("cross-origin-opener-policy", "same-origin");
    reply.header("cross-origin-resource-policy", "same-origin");
  });
}

export interface RateLimit {
  /** Requests allowed per client address per window. 0 switches the limit off. */
  max: number;
  windowMs: number;
}

/** A fixed-window request limit per client address (in memory; one process). */
export function rateLimit(app: FastifyInstance, limit: RateLimit): void {
  if (limit.max <= 0) return;
  const windows = new Map<string, { start: number; count: number }>();
  app.addHook("onRequest", async (req, reply) => {
    const now = Date.now();
    const key = req.ip;
    let w = windows.get(key);
    if (!w || now - w.start >= limit.windowMs) {
      if (windows.size > 10_000) windows.clear();
      w = { start: now, count: 0 };
      windows.set(key, w);
    }
    w.count++;
    if (w.count > limit.max) {
      const retry = Math.ceil((w.start + limit.windowMs - now) / 1000);
      reply.header("retry-after", String(retry));
      throw new HttpError(
        429,
        "rate_limited",
        `more than ${limit.max} requests in ${limit.windowMs / 1000} s from ${key}; retry in ${retry} s`,
      );
    }
  });
}

/** Constant-time comparison of the presented bearer token with the configured one. */
export function tokenMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  if (!m || token.length === 0) return false;
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(m[1]!), digest(token));
}
