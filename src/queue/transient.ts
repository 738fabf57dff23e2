/**
 * Errors that say nothing about the input: the database or the network is away, or two transactions
 * collided. Retrying them in place (without giving the item back) keeps an outage from using up the
 * item's attempts and sending good inputs to the dead letters.
 */
export type Transient = "outage" | "conflict" | null;

const NET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

export function transientKind(err: unknown): Transient {
  const e = err as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === "string" ? e.code : "";
  const msg = typeof e?.message === "string" ? e.message : "";
  // PostgreSQL SQLSTATE: 08 connection exception, 57P operator intervention (shutdown), 53 insufficient resources.
  if (NET_CODES.has(code) || /^(08|57P|53)/.test(code)) return "outage";
  if (
    /Connection terminated|timeout exceeded when trying to connect|connection is closed|Client has encountered a connection error/i.test(
      msg,
    )
  ) {
    return "outage";
  }
  // 40001 serialization failure, 40P01 deadlock, 23505 unique violation: another worker stored the same
  // row first (a story's event, a redelivered input); a retry sees it and takes the "already there" path.
  if (code === "40001" || code === "40P01" || code === "23505") return "conflict";
  return null;
}
