// Control record tests: key/marker golden bytes, a COMMIT/ABORT marker batch, malformed input.
import test from 'ava';
import { RecordBatchHeader } from './batch-header.js';
import {
  ControlRecordType,
  encodeControlRecordKey,
  encodeEndTxnMarkerBatch,
  encodeEndTxnMarkerValue,
  readControlRecordKey,
  readEndTxnMarkerValue,
} from './control-records.js';
import { RecordBatchError } from './errors.js';
import { decodeRecordBatch } from './records.js';

test('control record key and end transaction marker golden bytes', (t) => {
  t.deepEqual(encodeControlRecordKey(ControlRecordType.COMMIT), Buffer.from('00000001', 'hex'));
  t.deepEqual(encodeControlRecordKey(ControlRecordType.ABORT), Buffer.from('00000000', 'hex'));
  t.deepEqual(encodeEndTxnMarkerValue(5), Buffer.from('000000000005', 'hex'));
  t.deepEqual(readControlRecordKey(Buffer.from('00000001', 'hex')), { version: 0, type: 1 });
  t.deepEqual(readEndTxnMarkerValue(Buffer.from('000000000105', 'hex')), {
    version: 0,
    coordinatorEpoch: 261,
  });
});

test('end transaction marker batch decodes as a transactional control batch', (t) => {
  const buf = encodeEndTxnMarkerBatch({
    type: ControlRecordType.ABORT,
    producerId: 4000n,
    producerEpoch: 2,
    coordinatorEpoch: 11,
    timestamp: 1700000000000,
    baseOffset: 50n,
    partitionLeaderEpoch: 6,
  });
  const header = new RecordBatchHeader(buf);
  t.true(header.isControl);
  t.true(header.isTransactional);
  t.is(header.baseSequence, -1);
  t.is(header.producerId, 4000n);
  const result = decodeRecordBatch(buf);
  if (!result.ok) return t.fail(result.error.message);
  t.is(result.batch.records.length, 1);
  const record = result.batch.records[0]!;
  t.deepEqual(readControlRecordKey(record.key), { version: 0, type: ControlRecordType.ABORT });
  t.deepEqual(readEndTxnMarkerValue(record.value), { version: 0, coordinatorEpoch: 11 });
  t.is(record.timestamp, 1700000000000n);
});

test('malformed control keys and marker values throw RecordBatchError', (t) => {
  for (const key of [null, Buffer.alloc(3), Buffer.from('ffff0001', 'hex')]) {
    const err = t.throws(() => readControlRecordKey(key), { instanceOf: RecordBatchError });
    t.is(err?.kind, 'INVALID_RECORD');
  }
  for (const value of [null, Buffer.alloc(5), Buffer.from('ffff00000001', 'hex')]) {
    t.throws(() => readEndTxnMarkerValue(value), { instanceOf: RecordBatchError });
  }
});
