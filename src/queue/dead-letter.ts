import { createHash } from "node:crypto";
import { headers } from "@nats-io/transport-node";
import type { Queue } from "./connect.js";
import type { WorkItem } from "./item.js";

/** A dead letter: an input that could not be processed, with why and after how many attempts. */
export interface DeadLetter {
  /** `item`: the whole work item gave up; `page`: one page inside an item (e.g. one WARC record). */
  level: "item" | "page";
  input: string;
  reason: string;
  attempts: number;
  item?: WorkItem;
  worker: string;
  at: string;
}

/**
 * Publishes a dead letter on `<name>.dead.item` / `<name>.dead.page`, de-duplicated by input (a worker
 * that dies between this and its ack does not leave two). Headers carry the input and reason for tools
 * that only look at headers (`nats stream view`).
 */
export async function publishDeadLetter(q: Queue, d: DeadLetter): Promise<void> {
  const h = headers();
  h.set("Dateline-Input", oneLine(d.input));
  h.set("Dateline-Reason", oneLine(d.reason));
  h.set("Dateline-Attempts", String(d.attempts));
  const msgID = createHash("sha256").update(`dead\n${d.level}\n${d.input}`).digest("hex").slice(0, 40);
  await q.js.publish(`${q.config.deadSubject}.${d.level}`, JSON.stringify(d), { msgID, headers: h });
}

/** The most recent `limit` dead letters, newest last. */
export async function listDeadLetters(q: Queue, limit = 20): Promise<{ seq: number; letter: DeadLetter }[]> {
  const info = await q.jsm.streams.info(q.config.deadStream).catch(() => null);
  if (!info || info.state.messages === 0) return [];
  const out: { seq: number; letter: DeadLetter }[] = [];
  for (let seq = info.state.last_seq; seq >= info.state.first_seq && out.length < limit; seq--) {
    const m = await q.jsm.streams.getMessage(q.config.deadStream, { seq }).catch(() => null);
    if (m) out.push({ seq, letter: m.json<DeadLetter>() });
  }
  return out.reverse();
}

function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, " ").slice(0, 1000);
}
