export type { ExportContext } from "./context.js";
export { EVIDENCE_COLUMNS, GDELT_COLUMNS, GDELT_HEADER, toGdeltRow, toGdeltTsv, tsvCell } from "./gdelt.js";
export { type PloverRecord, toPloverJson } from "./plover.js";
