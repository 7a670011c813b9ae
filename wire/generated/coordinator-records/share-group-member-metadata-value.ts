// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface ShareGroupMemberMetadataValue {
  /** The (optional) rack id. */
  rackId: string | null;
  /** The client id. */
  clientId: string;
  /** The client host. */
  clientHost: string;
  /** The list of subscribed topic names. */
  subscribedTopicNames: string[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultShareGroupMemberMetadataValue(): ShareGroupMemberMetadataValue {
  return { rackId: "", clientId: "", clientHost: "", subscribedTopicNames: [] };
}

function readShareGroupMemberMetadataValue(r: Reader, _v: number): ShareGroupMemberMetadataValue {
  const flex = true;
  const s = defaultShareGroupMemberMetadataValue();
  s.rackId = r.nullableString(flex);
  s.clientId = r.string(flex);
  s.clientHost = r.string(flex);
  s.subscribedTopicNames = readArray(r, flex, (r) => r.string(flex));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeShareGroupMemberMetadataValue(w: Writer, _v: number, s: Init<ShareGroupMemberMetadataValue>): void {
  const flex = true;
  w.nullableString((s.rackId === undefined ? "" : s.rackId), flex);
  w.string((s.clientId === undefined ? "" : s.clientId), flex);
  w.string((s.clientHost === undefined ? "" : s.clientHost), flex);
  writeArray(w, flex, (s.subscribedTopicNames === undefined ? [] : s.subscribedTopicNames), (w, e) => { w.string(e, flex); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ShareGroupMemberMetadataValueVersions = { min: 0, max: 0 } as const;

export function decodeShareGroupMemberMetadataValue(r: Reader, v: number): ShareGroupMemberMetadataValue {
  if (v < 0 || v > 0) throw new DecodeError(`ShareGroupMemberMetadataValue version ${v} is outside 0-0`);
  return readShareGroupMemberMetadataValue(r, v);
}

export function encodeShareGroupMemberMetadataValue(w: Writer, v: number, m: Init<ShareGroupMemberMetadataValue>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ShareGroupMemberMetadataValue version ${v} is outside 0-0`);
  writeShareGroupMemberMetadataValue(w, v, m);
}
