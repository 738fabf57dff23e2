/** Small helpers shared by commands: JSON output on stdout, one-line errors on stderr. */
export function printJson(value: unknown, pretty = true): void {
  process.stdout.write(`${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`);
}

export function printJsonLine(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

export function logError(input: string, why: string): void {
  process.stderr.write(`dateline: ${input}: ${why}\n`);
}

export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}
