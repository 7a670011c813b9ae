import test from 'ava';
import { readRequestHeader } from '../../wire/framing.js';
import { ProduceApi } from '../../wire/generated/api/000-produce.js';
import { Reader } from '../../wire/primitives/index.js';
import { decodeRecordBatch } from '../../wire/record-batch/index.js';
import { produceTemplate, produceVersion, stampProduceFrame } from './frames.js';

test('a stamped Produce frame decodes with its correlation id, partitions and valid batches', (t) => {
  const template = produceTemplate('bench', [1, 5, 9], 1, { recordBytes: 100, recordsPerBatch: 7 });
  t.is(template.payloadBytes, 3 * 7 * 100);
  const frame = stampProduceFrame(template, 4242, 1_700_000_000_123.7);
  t.is(frame.readInt32BE(0), frame.length - 4);
  const r = new Reader(frame.subarray(4));
  const header = readRequestHeader(r, 1);
  t.is(header.correlationId, 4242);
  const request = ProduceApi.decodeRequest(r, produceVersion);
  t.is(request.acks, 1);
  const parts = request.topicData[0]!.partitionData;
  t.deepEqual(
    parts.map((p) => p.index),
    [1, 5, 9],
  );
  for (const p of parts) {
    const decoded = decodeRecordBatch(p.records!);
    t.true(decoded.ok, 'CRC and layout check');
    if (decoded.ok) {
      t.is(decoded.batch.records.length, 7);
      t.is(decoded.batch.baseTimestamp, 1_700_000_000_123n);
      t.is(decoded.batch.maxTimestamp, 1_700_000_000_123n);
      t.is(decoded.batch.records[0]!.value!.length, 100);
    }
  }
  t.is(template.frame.readInt32BE(8), 0, 'the template itself is not modified');
});
