/**
 * One request at a time per host, with a pause between two requests to the same host. Hosts run
 * independently of each other.
 */
export class HostQueue {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly nextAt = new Map<string, number>();

  /** Runs `job` when `host` is free and its pause has passed; `delayMs(host)` is read after the job ends. */
  async run<T>(host: string, delayMs: () => number, job: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const before = this.tails.get(host) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => {
      release = r;
    });
    const tail = before.then(() => mine);
    this.tails.set(host, tail);
    await before;
    try {
      const wait = (this.nextAt.get(host) ?? 0) - Date.now();
      if (wait > 0) await sleep(wait, signal);
      return await job();
    } finally {
      this.nextAt.set(host, Math.max(this.nextAt.get(host) ?? 0, Date.now() + delayMs()));
      if (this.tails.get(host) === tail) this.tails.delete(host);
      release();
    }
  }

  /** Pushes the next request to `host` back (Retry-After). */
  holdUntil(host: string, at: number): void {
    this.nextAt.set(host, Math.max(this.nextAt.get(host) ?? 0, at));
  }
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error("aborted"));
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(new Error("aborted"));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
