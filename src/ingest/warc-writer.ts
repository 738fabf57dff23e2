import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { WARCRecord, WARCSerializer } from "warcio";
import { VERSION } from "../version.js";

/** Headers that describe the transfer, not the payload we store (it is stored decoded). */
const DROP = new Set(["content-encoding", "transfer-encoding", "content-length", "connection", "keep-alive"]);

export interface WarcPage {
  url: string;
  fetchedAt: string;
  status: number;
  statusText?: string;
  headers: Record<string, string | string[] | undefined>;
  body: Uint8Array;
}

/**
 * Appends fetched pages to a WARC file as `response` records (gzip per record when the name ends
 * in .gz), after a `warcinfo` record, so a crawl can be replayed with `dateline ingest file.warc.gz`.
 */
export class WarcWriter {
  private readonly out: WriteStream;
  private readonly gzip: boolean;
  private chain: Promise<void>;

  constructor(
    readonly path: string,
    software = `Dateline/${VERSION}`,
  ) {
    this.gzip = /\.gz$/i.test(path);
    this.out = createWriteStream(path, { flags: "a" });
    const info = WARCRecord.createWARCInfo(
      { filename: path.split("/").pop() ?? path, warcVersion: "WARC/1.1" },
      { software, format: "WARC File Format 1.1" },
    );
    this.chain = this.emit(info);
  }

  write(page: WarcPage): Promise<void> {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(page.headers)) {
      if (v === undefined || DROP.has(k.toLowerCase())) continue;
      headers[k] = Array.isArray(v) ? v.join(", ") : v;
    }
    const body = page.body;
    const record = WARCRecord.create(
      {
        url: page.url,
        date: page.fetchedAt,
        type: "response",
        warcVersion: "WARC/1.1",
        statusline: `HTTP/1.1 ${page.status} ${page.statusText ?? "OK"}`,
        httpHeaders: headers,
      },
      (async function* () {
        yield body;
      })(),
    );
    this.chain = this.chain.then(() => this.emit(record));
    return this.chain;
  }

  private async emit(record: WARCRecord): Promise<void> {
    const bytes = await WARCSerializer.serialize(record, { gzip: this.gzip });
    if (!this.out.write(bytes)) await once(this.out, "drain");
  }

  async close(): Promise<void> {
    await this.chain;
    this.out.end();
    await once(this.out, "close");
  }
}
