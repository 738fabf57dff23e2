import { render } from "preact";
import { useEffect } from "preact/hooks";
import { api } from "./api.js";
import { useFetch } from "./lib/useFetch.js";
import { ArticlePage } from "./pages/ArticlePage.js";
import { DyadPage } from "./pages/DyadPage.js";
import { QuotesPage } from "./pages/QuotesPage.js";
import { SearchPage } from "./pages/SearchPage.js";
import { type Route, useRoute } from "./router.js";
import "./styles.css";

function Page({ route }: { route: Route }) {
  switch (route.path[0]) {
    case "article":
      return <ArticlePage route={route} />;
    case "search":
      return <SearchPage route={route} />;
    case "quotes":
      return <QuotesPage route={route} />;
    default:
      return <DyadPage route={route} />;
  }
}

function App() {
  const route = useRoute();
  const stats = useFetch("stats", (s) => api.stats(s));
  const here = route.path[0] ?? "dyad";
  useEffect(() => {
    const what: Record<string, string> = { dyad: "Relations", search: "Search", article: "Article", quotes: "Quotes" };
    document.title = `${what[here] ?? "Relations"}${here === "dyad" && route.path[2] ? ` ${route.path[1]}–${route.path[2]}` : ""} · Dateline`;
  }, [here, route.path[1], route.path[2]]);
  return (
    <>
      <button type="button" class="skip" onClick={() => document.getElementById("main")?.focus()}>
        Skip to content
      </button>
      <header class="top">
        <a class="brand" href="#/dyad">
          Dateline
        </a>
        <nav aria-label="main">
          <a href="#/dyad" aria-current={here === "dyad" ? "page" : undefined}>
            Relations
          </a>
          <a href="#/search" aria-current={here === "search" ? "page" : undefined}>
            Search
          </a>
          <a href="#/quotes" aria-current={here === "quotes" ? "page" : undefined}>
            Quotes
          </a>
          <a href="/api/openapi.json">API</a>
        </nav>
        <span class="stats">
          {stats.state === "ok"
            ? `${stats.data.articles} articles · ${stats.data.stories} stories · ${stats.data.events} events · ${stats.data.quotes} quotes`
            : ""}
        </span>
      </header>
      <main id="main" tabIndex={-1}>
        <Page route={route} />
      </main>
    </>
  );
}

render(<App />, document.getElementById("app")!);
