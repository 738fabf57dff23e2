import type { WorkItem } from "./item.js";

/** What one finished item did. Pages that can never be processed become dead letters of their own. */
export interface ItemOutcome {
  stored: number;
  duplicate: number;
  skipped: number;
  deadPages: { input: string; why: string }[];
}

export interface ItemContext {
  /** 1 on first delivery, 2 on the first redelivery, … */
  attempt: number;
}

/**
 * Processes one work item completely (including its commit) or throws: a throw means "try again later"
 * and, after the last attempt, a dead letter with the error's message as the reason.
 */
export type ItemHandler = (item: WorkItem, ctx: ItemContext) => Promise<ItemOutcome>;

export function emptyOutcome(): ItemOutcome {
  return { stored: 0, duplicate: 0, skipped: 0, deadPages: [] };
}

/** An error the handler knows will not go away on retry (it goes to the dead letters at once). */
export class PermanentError extends Error {}
