import { fileWriter, ParquetWriter } from "hyparquet-writer";
import type { Column } from "./tables.js";

const ROW_GROUP = 10_000;

/** Streams items into a Parquet file, one row group of ROW_GROUP rows in memory at a time. Returns the row count. */
export async function writeParquet<T>(file: string, columns: Column<T>[], items: AsyncIterable<T>): Promise<number> {
  const schema = [
    { name: "root", num_children: columns.length },
    ...columns.map((c) =>
      c.type === "STRING"
        ? { name: c.name, type: "BYTE_ARRAY" as const, converted_type: "UTF8" as const, repetition_type: "OPTIONAL" as const }
        : { name: c.name, type: c.type, repetition_type: "OPTIONAL" as const },
    ),
  ];
  const writer = new ParquetWriter({ writer: fileWriter(file), schema, createdBy: "dateline" });
  let buf: T[] = [];
  let n = 0;
  const flush = async () => {
    if (buf.length === 0) return;
    const columnData = columns.map((c) => ({ name: c.name, data: buf.map((x) => c.get(x)) as never, type: c.type, nullable: true }));
    await writer.write({ columnData, rowGroupSize: buf.length });
    n += buf.length;
    buf = [];
  };
  for await (const item of items) {
    buf.push(item);
    if (buf.length >= ROW_GROUP) await flush();
  }
  await flush();
  await writer.finish();
  return n;
}
