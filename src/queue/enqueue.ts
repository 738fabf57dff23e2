import type { Queue } from "./connect.js";
import { encodeItem, messageId, type WorkItem } from "./item.js";
import { type PlanOptions, planItems } from "./plan.js";

export interface EnqueueOptions extends PlanOptions {
  /**
   * Asked for each file, URL and record item before publishing: true when the store already holds that
   * input (covers re-runs older than the server's de-duplication window). WARC ranges are not asked:
   * their pages are checked one by one by the worker.
   */
  alreadyStored?: (inputId: string) => Promise<boolean>;
  log?: (line: string) => void;
  /** Publishes awaiting their acknowledgement at once (default 256). */
  window?: number;
}

export interface EnqueueSummary {
  /** New messages on the stream. */
  queued: number;
  /** Refused by the server as duplicates (same Nats-Msg-Id inside the de-dup window). */
  duplicate: number;
  /** Not sent because the store already holds the input. */
  stored: number;
  /** Inputs that could not be planned (missing file, unreadable WARC), with why. */
  failed: { input: string; why: string }[];
  /** Pages the queued items hold (1 per file/URL/record, the response records of a WARC range). */
  pages: number;
}

/** Plans the inputs into work items and publishes them with `Nats-Msg-Id` = digest of their identity. */
export async function enqueue(q: Queue, inputs: string[], opts: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const sum: EnqueueSummary = { queued: 0, duplicate: 0, stored: 0, failed: [], pages: 0 };
  const window = Math.max(1, opts.window ?? 256);
  const inflight = new Set<Promise<void>>();
  const send = (item: WorkItem) => {
    const p = q.js
      .publish(`${q.config.workSubject}.${item.kind}`, encodeItem(item), { msgID: messageId(item) })
      .then((ack) => {
        if (ack.duplicate) sum.duplicate++;
        else {
          sum.queued++;
          sum.pages += item.kind === "warc" ? item.pages : 1;
        }
      })
      .finally(() => inflight.delete(p));
    inflight.add(p);
    return p;
  };
  for await (const planned of planItems(inputs, opts)) {
    if (planned.kind === "failed") {
      sum.failed.push({ input: planned.input, why: planned.why });
      opts.log?.(`dateline: ${planned.input}: ${planned.why}`);
      continue;
    }
    const item = planned.item;
    if (opts.alreadyStored && item.kind !== "warc" && (await opts.alreadyStored(item.id))) {
      sum.stored++;
      continue;
    }
    void send(item);
    if (inflight.size >= window) await Promise.race(inflight);
  }
  await Promise.all(inflight);
  return sum;
}
