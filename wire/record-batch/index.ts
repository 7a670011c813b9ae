// Public API of the record-batch codec: v2 batch header view and in-place edits, batch scanning
// and validation, record encode/decode, control records, legacy message sets, and the varint and
// CRC helpers they are built on. Other modules import from here, not from the individual files.

export * from './batch-header.js';
export * from './batch-scan.js';
export * from './control-records.js';
export { crc32Ieee } from './crc32-ieee.js';
export * from './errors.js';
export * from './legacy.js';
export * from './records.js';
export * from './varint.js';
