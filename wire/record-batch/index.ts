// Public API of the record-batch codec: v2 batch header view and in-place edits, batch scanning,
// compression codecs, record encode/decode, control records, legacy message sets, format conversion
// and the varint and CRC helpers. Other modules import from here, not from the individual files.

export * from './batch-header.js';
export * from './batch-scan.js';
export * from './compression.js';
export * from './control-records.js';
export * from './convert.js';
export { crc32Ieee } from './crc32-ieee.js';
export * from './errors.js';
export * from './legacy.js';
export * from './lz4-frame.js';
export * from './records.js';
export * from './snappy-xerial.js';
export * from './varint.js';
export { xxhash32 } from './xxhash32.js';
