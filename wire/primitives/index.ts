// The primitive layer of the wire codec, imported by generated code and by framing.
export { readArray, readNullableArray, readStructPresent, writeArray } from './arrays.js';
export { DecodeError, EncodeError } from './errors.js';
export type { Init } from './init.js';
export { Reader, type TaggedField } from './reader.js';
export { EMPTY_BYTES, encodeTagged, writeTaggedFields } from './tagged.js';
export { uuidFromBytes, uuidToBytes, ZERO_UUID } from './uuid.js';
export { Writer } from './writer.js';
