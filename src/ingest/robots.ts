import robotsParserModule from "robots-parser";

interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
  getSitemaps(): string[];
}
// robots-parser is CommonJS (`module.exports = fn`) with a types file that only declares a default.
const robotsParser = robotsParserModule as unknown as (url: string, body: string) => Robot;

/** The robots.txt rules for one origin, per RFC 9309. */
export interface RobotsRules {
  /** Whether our user agent may fetch `url` (same origin). */
  allowed(url: string): boolean;
  /** Crawl-delay for our user agent in ms, if the file sets one. */
  crawlDelayMs: number | undefined;
  /** Sitemaps the file lists. */
  sitemaps: string[];
  /** How the rules were obtained: "parsed", "4xx (allow all)", "5xx (disallow all)", "unreachable (disallow all)". */
  how: string;
}

/** RFC 9309 §2.5: parsers must handle at least 500 KiB; we cut there. */
export const ROBOTS_MAX_BYTES = 500 * 1024;

export function allowAll(how: string): RobotsRules {
  return { allowed: () => true, crawlDelayMs: undefined, sitemaps: [], how };
}

export function disallowAll(how: string): RobotsRules {
  return { allowed: () => false, crawlDelayMs: undefined, sitemaps: [], how };
}

/** Rules from a robots.txt body; `userAgent` is the full UA string, matched on its product token. */
export function parseRobots(robotsUrl: string, body: Uint8Array, userAgent: string): RobotsRules {
  const text = Buffer.from(body.subarray(0, ROBOTS_MAX_BYTES)).toString("utf8");
  const robot = robotsParser(robotsUrl, text);
  const token = productToken(userAgent);
  const delay = robot.getCrawlDelay(token);
  return {
    allowed: (url) => robot.isAllowed(url, token) !== false,
    crawlDelayMs: typeof delay === "number" && Number.isFinite(delay) && delay > 0 ? Math.min(delay, 60) * 1000 : undefined,
    sitemaps: robot.getSitemaps(),
    how: "parsed",
  };
}

/** Rules from the outcome of fetching /robots.txt (after redirects): status, or null when unreachable. */
export function robotsFromStatus(robotsUrl: string, status: number | null, body: Uint8Array, userAgent: string): RobotsRules {
  if (status === null) return disallowAll("unreachable (disallow all)");
  if (status >= 200 && status < 300) return parseRobots(robotsUrl, body, userAgent);
  if (status >= 400 && status < 500) return allowAll(`HTTP ${status} (allow all)`);
  return disallowAll(`HTTP ${status} (disallow all)`);
}

/** "Dateline/0.1.0 (+https://…)" → "Dateline". */
export function productToken(userAgent: string): string {
  return (userAgent.trim().split(/[\s/]/)[0] ?? "*") || "*";
}
