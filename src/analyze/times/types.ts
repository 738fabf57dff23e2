import type { TimeRef } from "../../model/index.js";

/** What a time rule sees: one sentence (with its offset in the text) and the anchor day. */
export interface TimeContext {
  text: string;
  sentence: string;
  offset: number;
  anchor: Date | null;
}

/** A time rule: finds expressions of one kind in one sentence (like a chrono-node parser). */
export type TimeRule = (ctx: TimeContext) => TimeRef[];

export function ref(
  ctx: TimeContext,
  start: number,
  end: number,
  value: string | null,
  precision: TimeRef["precision"],
  method: string,
  mod?: TimeRef["mod"],
): TimeRef {
  const r: TimeRef = { text: ctx.sentence.slice(start, end), start: ctx.offset + start, end: ctx.offset + end, value, precision, method };
  if (mod) r.mod = mod;
  if (ctx.anchor) r.anchor = ctx.anchor.toISOString().slice(0, 10);
  return r;
}
