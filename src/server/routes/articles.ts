import { notFound } from "../errors.js";
import { route } from "../route.js";
import { IdParams } from "../schemas.js";

export const articleRoutes = [
  route({
    method: "GET",
    path: "/api/articles/{id}",
    response: "StoredArticle",
    tag: "articles",
    summary: "One article with its clean text, metadata, removed boilerplate and every annotation (offsets into article.text)",
    params: IdParams,
    handler: async ({ params }, { store }) => {
      const found = await store.getArticle(params.id);
      if (!found) throw notFound(`no article with id ${params.id}`);
      return found;
    },
  }),
  route({
    method: "GET",
    path: "/api/stories/{id}",
    response: "StoredStory",
    tag: "articles",
    summary: "One story: its copies (articles) and mention count",
    params: IdParams,
    handler: async ({ params }, { store }) => {
      const found = await store.getStory(params.id);
      if (!found) throw notFound(`no story with id ${params.id}`);
      return found;
    },
  }),
];
