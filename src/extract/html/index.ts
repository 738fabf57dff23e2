import type { Draft } from "../post/finish.js";
export interface HtmlOptions {
  title?: string;
  published?: string;
  source?: string;
  url?: string;
  deadline: number;
  id: string;
}
export function extractHtml(_html: string, _o: HtmlOptions): Draft {
  return { title: "", paragraphs: [] };
}
