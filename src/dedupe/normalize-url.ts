/** Query parameters that track a click, never identify content. */
const TRACKING =
  /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|yclid|igshid|ref|ref_src|cmpid|ocid|smid|sr_share|share|outputtype|amp)$/i;

/**
 * Normalises a URL so that the same page reached through different links compares equal:
 * scheme and `www.` dropped, host lower-cased, default port, fragment and tracking parameters removed,
 * remaining parameters sorted, trailing slash and `/amp` suffix removed. Returns null for non-URLs.
 */
export function normalizeUrl(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  const host = u.hostname.toLowerCase().replace(/^(www\d?|m|amp)\./, "");
  const port = u.port && u.port !== "80" && u.port !== "443" ? `:${u.port}` : "";
  let path = decodeSafe(u.pathname).replace(/\/+/g, "/");
  path = path.replace(/\/amp\/?$/i, "/").replace(/\.amp(\.html?)?$/i, "$1");
  path = path.replace(/\/(index\.(html?|php))?$/i, "");
  const params = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${params.map(([k, v]) => `${k}=${v}`).join("&")}` : "";
  return `${host}${port}${path}${query}`;
}

function decodeSafe(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}
