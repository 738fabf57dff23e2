/**
 * Where the queue lives and what its parts are called. `--queue nats://HOST:PORT[/NAME]`: the optional
 * path names the queue (default `DATELINE`), so several independent queues can share one NATS cluster.
 */
export interface QueueConfig {
  /** NATS server addresses (`host:port`), from the URL (comma-separated hosts allowed). */
  servers: string[];
  /** Queue name: the work stream's name. Letters, digits, `_` and `-`. */
  name: string;
  /** Work stream (work-queue retention): one message per work item. */
  workStream: string;
  /** Subject prefix of work items: `<name>.work.<kind>`. */
  workSubject: string;
  /** Dead-letter stream (limits retention) and its subject. */
  deadStream: string;
  deadSubject: string;
  /** Durable pull consumer shared by all workers. */
  consumer: string;
  /** Key-value bucket where each worker publishes its counters and heartbeat. */
  statsBucket: string;
  user?: string;
  pass?: string;
}

export const DEFAULT_QUEUE_NAME = "DATELINE";

/** Parses `nats://host:4222[,host2:4222][/NAME]`. Throws a plain Error naming the problem. */
export function parseQueueUrl(url: string): QueueConfig {
  const m = /^(nats|tls):\/\/(?:([^:@/]*)(?::([^@/]*))?@)?([^/?#]+)(?:\/([^/?#]*))?\/?$/.exec(url.trim());
  if (!m) throw new Error(`--queue must look like nats://HOST:4222[/NAME], got ${JSON.stringify(url)}`);
  const [, , user, pass, hosts = "", rawName] = m;
  const name = rawName ? decodeURIComponent(rawName) : DEFAULT_QUEUE_NAME;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(name)) throw new Error(`queue name ${JSON.stringify(name)}: use letters, digits, _ and - only`);
  const servers = hosts.split(",").map((h) => (h.includes(":") ? h : `${h}:4222`));
  return {
    servers,
    name,
    workStream: name,
    workSubject: `${name}.work`,
    deadStream: `${name}_DEAD`,
    deadSubject: `${name}.dead`,
    consumer: "workers",
    statsBucket: `${name}_workers`,
    ...(user ? { user: decodeURIComponent(user) } : {}),
    ...(pass ? { pass: decodeURIComponent(pass) } : {}),
  };
}
