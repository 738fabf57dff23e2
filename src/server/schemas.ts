import { z } from "zod";

/** Request schemas shared by the routes. Messages are written for the person who sent the request. */

export const Country = z
  .string()
  .regex(/^[A-Za-z]{3}$/, "must be a 3-letter code such as RUS or USA (ISO 3166-1 alpha-3, or IGO)")
  .transform((s) => s.toUpperCase());

export const IsoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s)), "is not a real date");

export const Limit = z.coerce
  .number({ message: "must be a number" })
  .int("must be a whole number")
  .min(1, "must be at least 1")
  .max(500, "must be at most 500")
  .default(50);

export const Cursor = z.string().min(1, "must not be empty").max(1000, "is too long").optional();

export const Id = z
  .string()
  .min(1, "must not be empty")
  .max(200, "is too long")
  .regex(/^[A-Za-z0-9_.:-]+$/, "may contain only letters, digits and _ . : -");

export const Paging = z.object({ limit: Limit, cursor: Cursor });

export const Interval = z.enum(["day", "week", "month"], { message: "must be one of day, week, month" });

export const Mode = z.enum(["asserted", "negated", "hypothetical", "future", "historical"], {
  message: "must be one of asserted, negated, hypothetical, future, historical",
});

const Bool = z.enum(["true", "false", "1", "0"], { message: "must be true or false" }).transform((s) => s === "true" || s === "1");

export const DateRangeQuery = z.object({ from: IsoDate.optional(), to: IsoDate.optional() });

export const SearchQuery = Paging.extend({
  q: z
    .string()
    .trim()
    .min(1, 'is required: words, "phrases", AND/OR/NOT, -word, field:value')
    .max(500, "is too long (500 characters at most)"),
  facets: Bool.optional(),
  sort: z.enum(["relevance", "newest"], { message: "must be relevance or newest" }).optional(),
});

export const EventsQuery = Paging.extend(DateRangeQuery.shape).extend({
  actor: Country.optional(),
  recipient: Country.optional(),
  dyad: Bool.optional(),
  type: z
    .string()
    .regex(/^[A-Za-z_]{2,30}$/, "must be a PLOVER event type such as AGREE, CONSULT, SANCTION")
    .transform((s) => s.toUpperCase())
    .optional(),
  cameo: z
    .string()
    .regex(/^\d{2,4}$/, "must be a CAMEO code of 2 to 4 digits such as 036")
    .optional(),
  quad: z.coerce
    .number({ message: "must be 1, 2, 3 or 4" })
    .int("must be 1, 2, 3 or 4")
    .min(1, "must be 1, 2, 3 or 4")
    .max(4, "must be 1, 2, 3 or 4")
    .optional(),
  mode: Mode.optional(),
  minConfidence: z.coerce
    .number({ message: "must be a number between 0 and 1" })
    .min(0, "must be between 0 and 1")
    .max(1, "must be between 0 and 1")
    .optional(),
  article: Id.optional(),
  story: Id.optional(),
});

export const DyadParams = z.object({ a: Country, b: Country });
export const TimelineQuery = DateRangeQuery.extend({ interval: Interval.default("day") });

export const ActorsQuery = Paging.extend({
  q: z.string().trim().min(1, "must not be empty").max(200, "is too long").optional(),
  country: Country.optional(),
});

export const QuotesQuery = Paging.extend(DateRangeQuery.shape).extend({
  speaker: z.string().trim().min(1, "must not be empty").max(200, "is too long").optional(),
  article: Id.optional(),
});

export const IdParams = z.object({ id: Id });

/** POST /api/ingest: one page, as text or HTML, with what is known about where it came from. */
export const IngestBody = z
  .object({
    id: z.string().min(1).max(2000).optional(),
    url: z.url({ message: "must be an absolute URL" }).max(2000).optional(),
    contentType: z.string().max(200).optional(),
    fetchedAt: z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time" }).optional(),
    text: z.string().min(1, "must not be empty").max(2_000_000).optional(),
    html: z.string().min(1, "must not be empty").max(2_000_000).optional(),
    title: z.string().max(2000).optional(),
    published: z.string().max(100).optional(),
    language: z.string().max(35).optional(),
    source: z.string().max(200).optional(),
  })
  .strict()
  .refine((b) => (b.text === undefined) !== (b.html === undefined), { message: "give exactly one of text or html" })
  .refine((b) => b.id !== undefined || b.url !== undefined, { message: "give an id or a url to identify the page" });

export type IngestBody = z.infer<typeof IngestBody>;
