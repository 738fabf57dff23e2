import type { Message } from "../model/index.js";

/**
 * Why a page was not stored as an article, for an outcome that already names the input: the extractor's
 * no-article message without its leading "<input id>: " (which would name the input twice in
 * "input: skipped: input: no article found …").
 */
export function notArticleWhy(inputId: string, messages: readonly Message[]): string {
  const reason = messages.find((m) => m.code === "no-article")?.reason ?? "not an article";
  return reason.startsWith(`${inputId}: `) ? reason.slice(inputId.length + 2) : reason;
}
