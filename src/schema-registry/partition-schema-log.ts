// The `_schemas` topic seen through a PartitionLog: append() writes one record as a v2 record batch
// (the same bytes a producer would send), readAll() reads every stored batch from the log start to
// the high watermark and yields its records in offset order (control batches skipped). The broker
// gives it the partition of its compacted `_schemas` topic; tests give it a PartitionLog in a temp dir.
import { BatchIterator, decodeRecordBatch, encodeRecordBatch } from '../../wire/record-batch/index.js';
import type { Clock } from '../common/clock.js';
import type { PartitionLog } from '../log/partition-log.js';
import { storeError } from './errors.js';
import type { SchemaLog } from './schema-store.js';

const READ_CHUNK_BYTES = 1024 * 1024;

export class PartitionSchemaLog implements SchemaLog {
  constructor(
    private readonly log: PartitionLog,
    private readonly clock: Clock,
  ) {}

  async append(key: Buffer, value: Buffer | null): Promise<void> {
    const batch = encodeRecordBatch({ records: [{ key, value, timestamp: this.clock.nowMs() }] });
    const info = await this.log.append(batch);
    if (info.errorCode !== 0)
      throw storeError(info.errorMessage ?? `append failed with error ${info.errorCode}`);
  }

  async *readAll(): AsyncIterable<{ key: Buffer; value: Buffer | null }> {
    let offset = this.log.logStartOffset;
    const end = this.log.highWatermark;
    while (offset < end) {
      const result = await this.log.read(offset, READ_CHUNK_BYTES, { minOneBatch: true, maxOffset: end });
      if (result.errorCode !== 0) throw storeError(`cannot read _schemas at offset ${offset}`);
      let next = offset;
      for (const buf of result.data.records) {
        const batches = new BatchIterator(buf);
        while (batches.next()) {
          const decoded = decodeRecordBatch(buf, batches.offset);
          if (!decoded.ok) throw storeError(`corrupt _schemas batch: ${decoded.error.message}`);
          const batch = decoded.batch;
          next = batch.baseOffset + BigInt(batch.lastOffsetDelta) + 1n;
          if (batch.isControl) continue;
          for (const record of batch.records) {
            if (record.key !== null && batch.baseOffset + BigInt(record.offsetDelta) >= offset) {
              yield {
                key: Buffer.from(record.key),
                value: record.value === null ? null : Buffer.from(record.value),
              };
            }
          }
        }
      }
      if (next <= offset) break;
      offset = next;
    }
  }
}
