/**
 * PETRARCH2 unit tests with their own validation dictionaries. Not yet implemented: the coder does not
 * load PETR.Validate.actors/agents into the analysis stage, so the tests cannot be run honestly yet.
 * Returns null (the table says "not run") rather than a number.
 */
export interface PetrarchScore {
  sentences: number;
  expected: number;
  found: number;
  byCategory: Record<string, { sentences: number; expected: number; found: number }>;
}

export function runPetrarch(): PetrarchScore | null {
  console.error("PETRARCH2 unit tests: not run (see bench/events/petrarch.ts).");
  return null;
}
