// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface ClassicMemberMetadata {
  /** The session timeout if the consumer uses the classic protocol. */
  sessionTimeoutMs: number;
  /** The list of protocols that the member supports if the consumer uses the classic protocol. */
  supportedProtocols: ClassicProtocol[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultClassicMemberMetadata(): ClassicMemberMetadata {
  return { sessionTimeoutMs: 0, supportedProtocols: [] };
}

function readClassicMemberMetadata(r: Reader, v: number): ClassicMemberMetadata {
  const flex = true;
  const s = defaultClassicMemberMetadata();
  s.sessionTimeoutMs = r.int32();
  s.supportedProtocols = readArray(r, flex, (r) => readClassicProtocol(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeClassicMemberMetadata(w: Writer, v: number, s: Init<ClassicMemberMetadata>): void {
  const flex = true;
  w.int32((s.sessionTimeoutMs === undefined ? 0 : s.sessionTimeoutMs));
  writeArray(w, flex, (s.supportedProtocols === undefined ? [] : s.supportedProtocols), (w, e) => { writeClassicProtocol(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ClassicProtocol {
  /** The protocol name. */
  name: string;
  /** The protocol metadata. */
  metadata: Buffer;
  unknownTaggedFields?: TaggedField[];
}

export function defaultClassicProtocol(): ClassicProtocol {
  return { name: "", metadata: EMPTY_BYTES };
}

function readClassicProtocol(r: Reader, _v: number): ClassicProtocol {
  const flex = true;
  const s = defaultClassicProtocol();
  s.name = r.string(flex);
  s.metadata = r.bytes(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeClassicProtocol(w: Writer, _v: number, s: Init<ClassicProtocol>): void {
  const flex = true;
  w.string((s.name === undefined ? "" : s.name), flex);
  w.bytes((s.metadata === undefined ? EMPTY_BYTES : s.metadata), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ConsumerGroupMemberMetadataValue {
  /** The (optional) instance id. */
  instanceId: string | null;
  /** The (optional) rack id. */
  rackId: string | null;
  /** The client id. */
  clientId: string;
  /** The client host. */
  clientHost: string;
  /** The list of subscribed topic names. */
  subscribedTopicNames: string[];
  /** The subscribed topic regular expression. */
  subscribedTopicRegex: string | null;
  /** The rebalance timeout */
  rebalanceTimeoutMs: number;
  /** The server assignor to use; or null if not used. */
  serverAssignor: string | null;
  /** The classic member metadata which includes the supported protocols of the consumer if it uses the classic protocol. The metadata is null if the consumer uses the consumer protocol. */
  classicMemberMetadata: ClassicMemberMetadata | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultConsumerGroupMemberMetadataValue(): ConsumerGroupMemberMetadataValue {
  return { instanceId: "", rackId: "", clientId: "", clientHost: "", subscribedTopicNames: [], subscribedTopicRegex: "", rebalanceTimeoutMs: -1, serverAssignor: "", classicMemberMetadata: null };
}

function readConsumerGroupMemberMetadataValue(r: Reader, v: number): ConsumerGroupMemberMetadataValue {
  const flex = true;
  const s = defaultConsumerGroupMemberMetadataValue();
  s.instanceId = r.nullableString(flex);
  s.rackId = r.nullableString(flex);
  s.clientId = r.string(flex);
  s.clientHost = r.string(flex);
  s.subscribedTopicNames = readArray(r, flex, (r) => r.string(flex));
  s.subscribedTopicRegex = r.nullableString(flex);
  s.rebalanceTimeoutMs = r.int32();
  s.serverAssignor = r.nullableString(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      switch (f.tag) {
        case 0:
          if (true) {
            const sub = Reader.over(f.data);
            s.classicMemberMetadata = ((r: Reader) => (readStructPresent(r) ? readClassicMemberMetadata(r, v) : null))(sub);
            continue;
          }
          break;
      }
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeConsumerGroupMemberMetadataValue(w: Writer, v: number, s: Init<ConsumerGroupMemberMetadataValue>): void {
  const flex = true;
  w.nullableString((s.instanceId === undefined ? "" : s.instanceId), flex);
  w.nullableString((s.rackId === undefined ? "" : s.rackId), flex);
  w.string((s.clientId === undefined ? "" : s.clientId), flex);
  w.string((s.clientHost === undefined ? "" : s.clientHost), flex);
  writeArray(w, flex, (s.subscribedTopicNames === undefined ? [] : s.subscribedTopicNames), (w, e) => { w.string(e, flex); });
  w.nullableString((s.subscribedTopicRegex === undefined ? "" : s.subscribedTopicRegex), flex);
  w.int32((s.rebalanceTimeoutMs === undefined ? -1 : s.rebalanceTimeoutMs));
  w.nullableString((s.serverAssignor === undefined ? "" : s.serverAssignor), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    if (true && s.classicMemberMetadata !== undefined && s.classicMemberMetadata !== null) {
      const x = s.classicMemberMetadata;
      tagged.push({ tag: 0, data: encodeTagged((w) => { { const o = x; if (o === null) w.int8(-1); else { w.int8(1); writeClassicMemberMetadata(w, v, o); } } }) });
    }
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ConsumerGroupMemberMetadataValueVersions = { min: 0, max: 0 } as const;

export function decodeConsumerGroupMemberMetadataValue(r: Reader, v: number): ConsumerGroupMemberMetadataValue {
  if (v < 0 || v > 0) throw new DecodeError(`ConsumerGroupMemberMetadataValue version ${v} is outside 0-0`);
  return readConsumerGroupMemberMetadataValue(r, v);
}

export function encodeConsumerGroupMemberMetadataValue(w: Writer, v: number, m: Init<ConsumerGroupMemberMetadataValue>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ConsumerGroupMemberMetadataValue version ${v} is outside 0-0`);
  writeConsumerGroupMemberMetadataValue(w, v, m);
}
