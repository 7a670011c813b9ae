// Control records: the single record of a control batch, never shown to applications. The
// transaction coordinator writes end-transaction markers (COMMIT/ABORT) with them; consumers use
// them to skip aborted data. Key: version int16, type int16. Marker value: version int16,
// coordinatorEpoch int32. Readers throw RecordBatchError(INVALID_RECORD) on malformed input.

import { RecordBatchError } from './errors.js';
import { encodeRecordBatch } from './records.js';

export const ControlRecordType = { ABORT: 0, COMMIT: 1 } as const;
export type ControlRecordType = (typeof ControlRecordType)[keyof typeof ControlRecordType];

export const CONTROL_RECORD_KEY_SIZE = 4;
export const END_TXN_MARKER_VALUE_SIZE = 6;
export const CURRENT_CONTROL_RECORD_KEY_VERSION = 0;
export const CURRENT_END_TXN_MARKER_VERSION = 0;

export interface ControlRecordKey {
  version: number;
  /** 0 abort, 1 commit; other values are control types GOssip does not use. */
  type: number;
}

export interface EndTxnMarker {
  version: number;
  coordinatorEpoch: number;
}

export function encodeControlRecordKey(type: number): Buffer {
  const buf = Buffer.alloc(CONTROL_RECORD_KEY_SIZE);
  buf.writeInt16BE(CURRENT_CONTROL_RECORD_KEY_VERSION, 0);
  buf.writeInt16BE(type, 2);
  return buf;
}

export function readControlRecordKey(key: Buffer | null): ControlRecordKey {
  if (key === null || key.length < CONTROL_RECORD_KEY_SIZE) {
    throw new RecordBatchError('INVALID_RECORD', `control record key needs ${CONTROL_RECORD_KEY_SIZE} bytes`);
  }
  const version = key.readInt16BE(0);
  if (version < 0)
    throw new RecordBatchError('INVALID_RECORD', `invalid control record key version ${version}`);
  return { version, type: key.readInt16BE(2) };
}

export function encodeEndTxnMarkerValue(coordinatorEpoch: number): Buffer {
  const buf = Buffer.alloc(END_TXN_MARKER_VALUE_SIZE);
  buf.writeInt16BE(CURRENT_END_TXN_MARKER_VERSION, 0);
  buf.writeInt32BE(coordinatorEpoch, 2);
  return buf;
}

export function readEndTxnMarkerValue(value: Buffer | null): EndTxnMarker {
  if (value === null || value.length < END_TXN_MARKER_VALUE_SIZE) {
    throw new RecordBatchError(
      'INVALID_RECORD',
      `end transaction marker needs ${END_TXN_MARKER_VALUE_SIZE} bytes`,
    );
  }
  const version = value.readInt16BE(0);
  if (version < 0)
    throw new RecordBatchError('INVALID_RECORD', `invalid end transaction marker version ${version}`);
  return { version, coordinatorEpoch: value.readInt32BE(2) };
}

export interface EndTxnMarkerBatchInput {
  type: ControlRecordType;
  producerId: bigint | number;
  producerEpoch: number;
  coordinatorEpoch: number;
  timestamp: bigint | number;
  baseOffset?: bigint | number;
  partitionLeaderEpoch?: number;
}

/** A transactional control batch holding one COMMIT or ABORT marker. */
export function encodeEndTxnMarkerBatch(input: EndTxnMarkerBatchInput): Buffer {
  return encodeRecordBatch({
    baseOffset: input.baseOffset ?? 0n,
    partitionLeaderEpoch: input.partitionLeaderEpoch ?? -1,
    producerId: input.producerId,
    producerEpoch: input.producerEpoch,
    baseSequence: -1,
    isTransactional: true,
    isControl: true,
    records: [
      {
        key: encodeControlRecordKey(input.type),
        value: encodeEndTxnMarkerValue(input.coordinatorEpoch),
        timestamp: input.timestamp,
      },
    ],
  });
}
