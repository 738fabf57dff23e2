import type { Message } from "./message.js";

/** How a value was found, e.g. `meta[property=article:published_time]`, `header-line`, `url`, `dateline`. */
export type Method = string;

export interface Published {
  /** Best absolute value: ISO 8601 with offset when the zone is known, else the local time without offset. */
  value: string;
  /** The wall-clock time as printed on the page, without offset (`2018-03-23T03:59:26`). */
  local?: string;
  /** Zone: an offset `+08:00`, an IANA name, or null when unknown. */
  tz?: string | null;
  method: Method;
}

export interface Dateline {
  /** Place as printed, e.g. `MOSCOW`. */
  place: string;
  /** Resolved date (ISO 8601 day) when the dateline carries one. */
  date?: string;
  /** News agency, e.g. `Xinhua`, `Reuters`, `AP`. */
  agency?: string;
  /** The dateline text exactly as printed, and its offsets in Article.text. */
  text?: string;
  start?: number;
  end?: number;
}

export interface Media {
  caption?: string;
  credit?: string;
  url?: string;
  /** A date found inside the caption: it dates the picture, not the story. */
  date?: string;
}

export type RemovedKind =
  | "boilerplate"
  | "navigation"
  | "duplicate"
  | "page-id"
  | "caption"
  | "header"
  | "related"
  | "comments"
  | "share"
  | "cookie"
  | "teaser"
  | "advert"
  | "other";

export interface Removed {
  kind: RemovedKind;
  text: string;
}

/** A clean article: the output of extraction, the input of analysis. */
export interface Article {
  title: string;
  /** Paragraphs joined by a blank line ("\n\n"). All annotation offsets point into this string. */
  text: string;
  paragraphs: string[];
  byline: string[];
  /** Editor named by the page (kept apart from authors). */
  editor?: string;
  /** The organisation that produced the story (agency or outlet), e.g. `Xinhua`. */
  source?: string;
  /** The website or publication name, e.g. `Xinhuanet`. */
  siteName?: string;
  publisher?: string;
  /** BCP 47 language code, e.g. `en`. */
  language?: string;
  url?: string;
  canonicalUrl?: string;
  published?: Published | null;
  modified?: Published | null;
  dateline?: Dateline | null;
  media: Media[];
  removed: Removed[];
  /** How each metadata field was found: field name → method. */
  methods?: Record<string, Method>;
  /** True when the page is not an article (index page, error page, empty). */
  notArticle?: boolean;
  messages: Message[];
}
