// Assertion helpers shared by the data-path tests: compare a consumer's records with the expected
// set through compareRecords and log how long each client step took (for the report, not asserted).
import type { ExecutionContext } from 'ava';
import { type CompareOptions, compareRecords } from './compare.js';
import type { ConsumedRecord, TestRecord } from './records.js';

export function assertRecords(
  t: ExecutionContext,
  who: string,
  expected: readonly TestRecord[],
  consumed: readonly ConsumedRecord[],
  options: CompareOptions,
): void {
  t.is(consumed.length, expected.length, `${who}: record count`);
  t.deepEqual(compareRecords(expected, consumed, options), [], `${who}: records differ`);
}

/** Runs `step` and logs its duration in ms under `label`. */
export async function timed<T>(t: ExecutionContext, label: string, step: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await step();
  } finally {
    t.log(`${label}: ${Math.round(performance.now() - started)} ms`);
  }
}
