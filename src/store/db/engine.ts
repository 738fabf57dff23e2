/** The two engines behind one Kysely code path. */
export type Engine = "sqlite" | "postgres";

/** Column types that differ between the engines. */
export function types(engine: Engine) {
  return engine === "postgres"
    ? ({ serial: "serial", blob: "bytea", real: "double precision" } as const)
    : ({ serial: "integer", blob: "blob", real: "real" } as const);
}
