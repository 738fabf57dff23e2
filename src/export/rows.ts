import type { EventFilter, Paged, PageRequest, Store, StoredEvent, StoredQuote } from "../store/index.js";
import type { ArticleRow, StoryRow } from "../store/store.js";

export type What = "articles" | "stories" | "events" | "quotes";

const BATCH = 1000;

/** Every item of a paged listing, one page in memory at a time. */
export async function* pages<T>(list: (page: PageRequest) => Promise<Paged<T>>): AsyncGenerator<T> {
  let cursor: string | null = null;
  do {
    const page: Paged<T> = await list({ limit: BATCH, cursor });
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor);
}

export function events(store: Store, filter: EventFilter = {}): AsyncGenerator<StoredEvent> {
  return pages((p) => store.listEvents(filter, p));
}

export function quotes(store: Store): AsyncGenerator<StoredQuote> {
  return pages((p) => store.listQuotes({}, p));
}

export function articles(store: Store): AsyncGenerator<ArticleRow> {
  if (!store.listArticles) throw new Error("this store cannot list articles");
  return pages((p) => store.listArticles!(p));
}

export function stories(store: Store): AsyncGenerator<StoryRow> {
  if (!store.listStories) throw new Error("this store cannot list stories");
  return pages((p) => store.listStories!(p));
}
