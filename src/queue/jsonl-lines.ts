import { createReadStream } from "node:fs";

export interface JsonlLine {
  /** 1-based line number. */
  line: number;
  /** Byte offsets of the line in the file, without its line break. */
  start: number;
  end: number;
  text: string;
}

/** Streams the lines of a file with their byte offsets (LF or CRLF endings), without loading it whole. */
export async function* linesWithOffsets(path: string): AsyncGenerator<JsonlLine> {
  let carry: Buffer = Buffer.alloc(0);
  let carryStart = 0;
  let line = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    let from = 0;
    for (let nl = buf.indexOf(0x0a, from); nl !== -1; nl = buf.indexOf(0x0a, from)) {
      line++;
      const stop = nl > from && buf[nl - 1] === 0x0d ? nl - 1 : nl;
      yield { line, start: carryStart + from, end: carryStart + stop, text: buf.toString("utf8", from, stop) };
      from = nl + 1;
    }
    carryStart += from;
    carry = buf.subarray(from);
  }
  if (carry.length) {
    line++;
    const stop = carry[carry.length - 1] === 0x0d ? carry.length - 1 : carry.length;
    yield { line, start: carryStart, end: carryStart + stop, text: carry.toString("utf8", 0, stop) };
  }
}
