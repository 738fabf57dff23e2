import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Validators for a conditional GET. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

interface StateFile {
  version: 1;
  validators: Record<string, Validators>;
  /** Per feed or sitemap URL: the item keys (guid or URL) already handed out, newest last. */
  seen: Record<string, string[]>;
}

/** Most item keys remembered per feed (older ones fall off; a feed rarely lists more). */
const SEEN_PER_SOURCE = 10_000;

/**
 * Incremental-run memory in `<stateDir>/sources-state.json`: ETag/Last-Modified per URL and the
 * items already seen per feed or sitemap. Without a state dir it lives for one run only.
 * Written atomically (temp file + rename) by `save()`.
 */
export class SourceState {
  private data: StateFile = { version: 1, validators: {}, seen: {} };
  private readonly seenSets = new Map<string, Set<string>>();
  private dirty = false;
  private unsaved = 0;
  private savedAt = Date.now();
  private readonly file: string | null;

  constructor(stateDir?: string) {
    this.file = stateDir ? join(stateDir, "sources-state.json") : null;
    if (!this.file) return;
    try {
      const parsed = JSON.parse(readFileSync(this.file, "utf8")) as StateFile;
      if (parsed && parsed.version === 1) this.data = { version: 1, validators: parsed.validators ?? {}, seen: parsed.seen ?? {} };
    } catch {
      // no state yet, or unreadable: start afresh
    }
  }

  validators(url: string): Validators | undefined {
    return this.data.validators[url];
  }

  setValidators(url: string, v: Validators): void {
    if (!v.etag && !v.lastModified) {
      if (this.data.validators[url]) delete this.data.validators[url];
      else return;
    } else this.data.validators[url] = v;
    this.dirty = true;
  }

  hasSeen(source: string, key: string): boolean {
    return this.seenSet(source).has(key);
  }

  markSeen(source: string, key: string): void {
    const set = this.seenSet(source);
    if (set.has(key)) return;
    set.add(key);
    const list = this.data.seen[source] ?? [];
    list.push(key);
    if (list.length > SEEN_PER_SOURCE) set.delete(list.shift() as string);
    this.data.seen[source] = list;
    this.dirty = true;
    // A crash loses at most a few dozen items' worth of memory (the store skips pages it has anyway).
    if (++this.unsaved >= 50 || Date.now() - this.savedAt > 30_000) this.save();
  }

  private seenSet(source: string): Set<string> {
    let set = this.seenSets.get(source);
    if (!set) {
      set = new Set(this.data.seen[source] ?? []);
      this.seenSets.set(source, set);
    }
    return set;
  }

  save(): void {
    if (!this.file || !this.dirty) return;
    mkdirSync(join(this.file, ".."), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.data));
    renameSync(tmp, this.file);
    this.dirty = false;
    this.unsaved = 0;
    this.savedAt = Date.now();
  }
}
