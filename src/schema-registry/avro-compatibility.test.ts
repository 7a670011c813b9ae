// Avro compatibility by resolution rules: one accepted and one refused evolution per level, and
// the difference between latest-only and transitive checks.
import test from 'ava';
import avro from 'avsc';
import { type CompatibilityLevel, checkAvroCompatibility, resolutionProblem } from './avro-compatibility.js';

const record = (fields: unknown[]) =>
  avro.Type.forSchema({ type: 'record', name: 'User', fields } as avro.Schema);
const name = { name: 'name', type: 'string' };
const v1 = record([name]);
const withDefault = record([name, { name: 'age', type: 'int', default: 0 }]);
const withoutDefault = record([name, { name: 'age', type: 'int' }]);
const renamed = record([{ name: 'name', type: 'int' }]);

test('resolution: a reader with an extra defaulted field reads old data; without a default it cannot', (t) => {
  t.is(resolutionProblem(withDefault, v1), null);
  t.regex(resolutionProblem(withoutDefault, v1) ?? '', /default-less/);
  t.regex(resolutionProblem(renamed, v1) ?? '', /cannot read/);
});

// For each level: an evolution it accepts and one it refuses (history: v1 then `middle`).
const matrix: { level: CompatibilityLevel; ok: avro.Type; bad: avro.Type; history?: avro.Type[] }[] = [
  { level: 'NONE', ok: renamed, bad: renamed },
  { level: 'BACKWARD', ok: withDefault, bad: withoutDefault },
  // FORWARD: old schemas read new data; adding a field without a default is fine, a type change is not.
  { level: 'FORWARD', ok: withoutDefault, bad: renamed },
  { level: 'FULL', ok: withDefault, bad: withoutDefault },
  // Transitive levels also check v1: dropping `name` (required by v1 readers) breaks FORWARD_TRANSITIVE.
  {
    level: 'BACKWARD_TRANSITIVE',
    ok: withDefault,
    bad: record([name, { name: 'age', type: 'int' }, { name: 'x', type: 'int', default: 1 }]),
  },
  { level: 'FORWARD_TRANSITIVE', ok: withDefault, bad: record([{ name: 'age', type: 'int', default: 0 }]) },
  { level: 'FULL_TRANSITIVE', ok: withDefault, bad: withoutDefault },
];

for (const { level, ok, bad } of matrix) {
  test(`${level}: accepts a compatible evolution and explains an incompatible one`, (t) => {
    const previous = [{ version: 1, type: v1 }];
    t.deepEqual(checkAvroCompatibility(level, ok, previous), []);
    const messages = checkAvroCompatibility(level, bad, previous);
    if (level === 'NONE') t.deepEqual(messages, []);
    else {
      t.true(messages.length > 0);
      t.regex(messages[0]!, new RegExp(`compatibility:'${level}'`));
      t.regex(messages[0]!, /oldSchemaVersion:1/);
    }
  });
}

test('non-transitive levels look only at the latest version; transitive ones at all', (t) => {
  // v1 -> v2 (age with default) -> v3 drops age's default? Use v3 = withoutDefault-free: v3 lacks `name`.
  const v3 = record([{ name: 'age', type: 'int', default: 0 }]);
  const previous = [
    { version: 1, type: v1 },
    { version: 2, type: withDefault },
  ];
  // FORWARD: v2 readers can read v3 data? v2 needs `name` without default -> no. Same for v1.
  t.true(checkAvroCompatibility('FORWARD', v3, previous).length === 1);
  t.true(checkAvroCompatibility('FORWARD_TRANSITIVE', v3, previous).length === 2);
  // BACKWARD: v3 reads v2 and v1 data (age defaulted, name ignored).
  t.deepEqual(checkAvroCompatibility('BACKWARD_TRANSITIVE', v3, previous), []);
});
