export type * from "./analysis.js";
export type * from "./article.js";
export type * from "./event.js";
export type * from "./message.js";
export type * from "./page.js";
export type * from "./story.js";
