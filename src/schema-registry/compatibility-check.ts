// Runs a format's reader/writer check over a subject's history per compatibility level: BACKWARD
// means the new schema reads data written with older ones, FORWARD that older schemas read data
// written with the new one, FULL both; *_TRANSITIVE checks every live version instead of the latest.
import type { CompatibilityLevel } from './avro-compatibility.js';

/** One reason a reader schema cannot read data written with a writer schema. */
export interface Incompatibility {
  errorType: string;
  description: string;
}

/** Why `reader` cannot read what `writer` wrote (empty when it can). */
export type ReaderWriterCheck<T> = (reader: T, writer: T) => Incompatibility[];

/** Messages, newest version first, explaining why `candidate` breaks `level` against `previous` (oldest first). */
export function checkByLevel<T>(
  level: CompatibilityLevel,
  candidate: T,
  previous: readonly { version: number; schema: T }[],
  check: ReaderWriterCheck<T>,
): string[] {
  if (level === 'NONE' || previous.length === 0) return [];
  const base = level.replace('_TRANSITIVE', '');
  const targets = level.endsWith('_TRANSITIVE') ? previous : previous.slice(-1);
  const messages: string[] = [];
  const quote = (s: string) => s.replaceAll("'", '"');
  for (const old of [...targets].reverse()) {
    const found: { who: string; problem: Incompatibility }[] = [];
    if (base === 'BACKWARD' || base === 'FULL') {
      for (const problem of check(candidate, old.schema))
        found.push({ who: 'The new schema cannot read data written with version', problem });
    }
    if (base === 'FORWARD' || base === 'FULL') {
      for (const problem of check(old.schema, candidate))
        found.push({ who: 'Data written with the new schema cannot be read by version', problem });
    }
    for (const { who, problem } of found) {
      messages.push(
        `{errorType:'${problem.errorType}', description:'${who} ${old.version}: ${quote(problem.description)}', oldSchemaVersion:${old.version}, compatibility:'${level}'}`,
      );
    }
  }
  return messages;
}
