/** Opaque cursors: the sort key of the last item, base64url JSON. */
export function encodeCursor(values: (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

export function decodeCursor(cursor: string | null | undefined): (string | number | null)[] | null {
  if (!cursor) return null;
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(v)) return v;
  } catch {
    /* fall through */
  }
  throw new Error(`invalid cursor: ${cursor}`);
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

/** Page size asked for, clamped to [1, MAX_LIMIT]; callers page on with the cursor (nothing is dropped). */
export function pageLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit)));
}
