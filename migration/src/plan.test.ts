// Planning rules: topic filters (whole-name regexes, internal topics excluded by default), the
// decision per topic from the target's state, and the printed plan naming conflicts.
import test from 'ava';
import { compileFilters, decideTopic, formatPlan, isInternalTopic, selected } from './plan.js';

test('filters match whole names and skip internal topics unless asked', (t) => {
  const f = compileFilters(['orders.*', 'payments'], ['orders-dlq']);
  t.true(selected('orders', f, false));
  t.true(selected('orders-eu', f, false));
  t.false(selected('orders-dlq', f, false));
  t.false(selected('payments-old', f, false), 'payments must match the whole name');
  t.false(selected('other', f, false));
  const all = compileFilters([], []);
  t.true(selected('anything', all, false));
  t.false(selected('__consumer_offsets', all, isInternalTopic('__consumer_offsets', true)));
  t.true(isInternalTopic('_schemas', false));
  t.false(isInternalTopic('orders', false));
  t.true(selected('_schemas', compileFilters([], [], true), true));
  t.true(selected('orders-avro', compileFilters(['orders|orders-avro'], []), false), 'any alternative');
});

test('decision per topic', (t) => {
  t.is(decideTopic(3, null, false), 'create');
  t.is(decideTopic(3, { partitions: 2, empty: true, importMode: false }, false), 'conflict-partitions');
  t.is(decideTopic(3, { partitions: 3, empty: true, importMode: false }, false), 'import-into-empty');
  t.is(decideTopic(3, { partitions: 3, empty: false, importMode: false }, false), 'translate');
  t.is(decideTopic(3, { partitions: 3, empty: false, importMode: true }, false), 'resume-import');
  t.is(
    decideTopic(3, { partitions: 3, empty: false, importMode: false }, true),
    'resume-import',
    'import finished by an earlier run',
  );
  t.is(
    decideTopic(3, { partitions: 3, empty: false, importMode: false, identicalToSource: true }, false),
    'already-copied',
    'finished copy without its checkpoint: nothing is re-produced',
  );
  t.is(
    decideTopic(3, { partitions: 3, empty: false, importMode: true, identicalToSource: true }, false),
    'resume-import',
  );
});

test('the printed plan lists topics, configs, groups, schemas and conflicts', (t) => {
  const text = formatPlan({
    topics: [
      {
        name: 'orders',
        partitions: 3,
        configs: [{ name: 'retention.ms', value: '-1' }],
        action: 'create',
        targetPartitions: null,
        sourceStart: [0, 0, 5],
        sourceEnd: [10, 10, 10],
      },
      {
        name: 'legacy',
        partitions: 2,
        configs: [],
        action: 'conflict-partitions',
        targetPartitions: 4,
        sourceStart: [0, 0],
        sourceEnd: [1, 1],
      },
    ],
    groups: [{ groupId: 'app', state: 'Empty', offsets: [{ topic: 'orders', partition: 0, offset: 3 }] }],
    schemas: [{ subject: 'orders-value', version: 1, id: 100 }],
    conflicts: ['topic legacy: 2 partitions on the source, 4 on the target'],
  });
  t.regex(text, /orders {2}partitions=3 {2}offsets=25 {2}-> create/);
  t.regex(text, /configs: retention.ms=-1/);
  t.regex(text, /legacy {2}partitions=2 \(target 4\).*CONFLICT/);
  t.regex(text, /app \(Empty\): 1 committed offsets/);
  t.regex(text, /orders-value: v1=id 100/);
  t.regex(text, /Conflicts:\n {2}topic legacy/);
});
