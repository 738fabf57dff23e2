/**
 * JSON Schemas of the API's answers, for the OpenAPI document. Field names here are the stable contract
 * (they follow src/model and src/store/store.ts); objects allow additional fields so that adding an
 * optional field is never a breaking change.
 */
type Schema = Record<string, unknown>;

const str = { type: "string" };
const strOrNull = { type: ["string", "null"] };
const int = { type: "integer" };
const num = { type: "number" };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const obj = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)): Schema => ({
  type: "object",
  properties,
  required,
  additionalProperties: true,
});
const paged = (item: string): Schema =>
  obj({
    items: { type: "array", items: ref(item) },
    nextCursor: { ...strOrNull, description: "pass back as cursor for the next page; null on the last page" },
    total: { type: ["integer", "null"] },
  });
const span = { start: int, end: int };

export const RESPONSE_SCHEMAS: Record<string, Schema> = {
  Actor: obj({ name: str, country: strOrNull, sector: strOrNull, start: int, end: int }, ["name", "country"]),
  Evidence: obj({ sentence: str, ...span, trigger: obj({ text: str, ...span }) }, ["sentence", "start", "end"]),
  Event: obj(
    {
      id: str,
      articleId: str,
      storyId: str,
      mentionCount: int,
      articleTitle: str,
      cameo: obj({ code: str, label: str, goldstein: num, quad: { type: "integer", enum: [1, 2, 3, 4] } }, ["code", "goldstein", "quad"]),
      plover: { oneOf: [obj({ event: str, mode: strOrNull, context: { type: "array", items: str } }, ["event"]), { type: "null" }] },
      actor: { type: "array", items: ref("Actor") },
      recipient: { type: "array", items: ref("Actor") },
      date: obj({ value: strOrNull, precision: str, source: str }, ["value"]),
      location: strOrNull,
      mode: obj({
        negated: { type: "boolean" },
        hypothetical: { type: "boolean" },
        historical: { type: "boolean" },
        future: { type: "boolean" },
      }),
      evidence: ref("Evidence"),
      confidence: { type: "number", minimum: 0, maximum: 1 },
    },
    ["id", "articleId", "storyId", "mentionCount", "cameo", "plover", "actor", "recipient", "date", "mode", "evidence", "confidence"],
  ),
  Quote: obj(
    {
      id: str,
      articleId: str,
      storyId: str,
      kind: { type: "string", enum: ["direct", "indirect", "mixed"] },
      text: str,
      ...span,
      speaker: {
        oneOf: [
          obj({ name: str, text: str, ...span, country: strOrNull, sector: strOrNull }, ["name", "text", "start", "end"]),
          { type: "null" },
        ],
      },
      cue: str,
      date: strOrNull,
    },
    ["id", "articleId", "storyId", "kind", "text", "start", "end", "speaker"],
  ),
  SearchHit: obj({
    articleId: str,
    storyId: str,
    title: str,
    source: strOrNull,
    published: strOrNull,
    url: strOrNull,
    snippet: { ...str, description: "matches wrapped in « and »" },
    score: num,
  }),
  FacetCount: obj({ value: str, count: int }),
  SearchAnswer: {
    ...paged("SearchHit"),
    properties: {
      ...(paged("SearchHit").properties as Schema),
      facets: {
        oneOf: [
          obj({
            source: { type: "array", items: ref("FacetCount") },
            country: { type: "array", items: ref("FacetCount") },
            month: { type: "array", items: ref("FacetCount") },
            basis: { type: "string", enum: ["all", "first-hits"] },
            counted: int,
          }),
          { type: "null" },
        ],
      },
    },
  },
  TimelineAnswer: obj({
    a: str,
    b: str,
    interval: { type: "string", enum: ["day", "week", "month"] },
    points: {
      type: "array",
      items: obj({
        bucket: { ...str, description: "first day of the bucket, YYYY-MM-DD" },
        count: int,
        quad: obj({ 1: int, 2: int, 3: int, 4: int }),
        meanGoldstein: { type: ["number", "null"] },
        plover: { type: "object", additionalProperties: int },
      }),
    },
  }),
  CopyRef: obj({ id: str, title: str, source: strOrNull, url: strOrNull, published: strOrNull }),
  StoredArticle: obj({
    id: str,
    storyId: str,
    inputId: str,
    article: obj(
      {
        title: str,
        text: { ...str, description: "all offsets point into this string" },
        paragraphs: { type: "array", items: str },
        byline: { type: "array", items: str },
        source: str,
        siteName: str,
        language: str,
        url: str,
        published: { type: ["object", "null"] },
        dateline: { type: ["object", "null"] },
        media: { type: "array", items: { type: "object" } },
        removed: { type: "array", items: obj({ kind: str, text: str }) },
      },
      ["title", "text", "paragraphs", "byline", "media", "removed"],
    ),
    analysis: obj({
      sentences: { type: "array", items: obj(span) },
      entities: {
        type: "array",
        items: obj({ text: str, ...span, type: str, name: str, country: strOrNull, sector: strOrNull }, [
          "text",
          "start",
          "end",
          "type",
          "name",
        ]),
      },
      times: { type: "array", items: obj({ text: str, ...span, value: strOrNull, precision: str }) },
      quotes: { type: "array", items: { type: "object" } },
      events: { type: "array", items: { type: "object" } },
    }),
    copies: { type: "array", items: ref("CopyRef") },
  }),
  StoredStory: obj({ id: str, title: str, mentionCount: int, firstSeen: strOrNull, articles: { type: "array", items: ref("CopyRef") } }),
  ActorSummary: obj({ name: str, country: strOrNull, sector: strOrNull, events: int, quotes: int }),
  Countries: obj({
    items: { type: "array", items: obj({ country: str, events: int, quotes: int, actors: int }) },
    complete: { type: "boolean" },
  }),
  Stats: obj({ articles: int, stories: int, events: int, quotes: int, entities: int }),
  Health: obj({ ok: { type: "boolean" }, version: str }),
  IngestAnswer: obj(
    { status: { type: "string", enum: ["new", "duplicate", "near-duplicate", "skipped"] }, articleId: str, storyId: str, why: str },
    ["status"],
  ),
  EventsPage: paged("Event"),
  QuotesPage: paged("Quote"),
  ActorsPage: paged("ActorSummary"),
};
