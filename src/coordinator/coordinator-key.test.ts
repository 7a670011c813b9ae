// Coordinator partitions must equal Kafka's, so clients and every broker agree on the coordinator.
import test from 'ava';
import { coordinatorPartitionFor, javaStringHashCode } from './coordinator-key.js';

test("javaStringHashCode matches Java's String.hashCode", (t) => {
  t.is(javaStringHashCode(''), 0);
  t.is(javaStringHashCode('hello'), 99162322);
  t.is(javaStringHashCode('console-consumer-12345'), 158455506);
  // UTF-16 code units, not bytes: 'é' is one unit (233), '😀' two.
  t.is(javaStringHashCode('é'), 233);
  t.is(javaStringHashCode('😀'), 1772899);
  t.is(javaStringHashCode('polygenelubricants'), -2147483648);
});

test("coordinatorPartitionFor is Kafka's abs(hashCode) % partitions", (t) => {
  t.is(coordinatorPartitionFor('hello', 50), 99162322 % 50);
  t.is(coordinatorPartitionFor('console-consumer-12345', 50), 158455506 % 50);
  // Utils.abs(Integer.MIN_VALUE) is 0.
  t.is(coordinatorPartitionFor('polygenelubricants', 50), 0);
  t.throws(() => coordinatorPartitionFor('g', 0), { instanceOf: RangeError });
});
