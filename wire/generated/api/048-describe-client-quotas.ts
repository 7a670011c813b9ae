// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// DescribeClientQuotas (api key 48): request and response, versions 0-1.

export interface ComponentData {
  /** The entity type that the filter component applies to. */
  entityType: string;
  /** How to match the entity {0 = exact name, 1 = default name, 2 = any specified name}. */
  matchType: number;
  /** The string to match against, or null if unused for the match type. */
  match: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultComponentData(): ComponentData {
  return { entityType: "", matchType: 0, match: "" };
}

function readComponentData(r: Reader, v: number): ComponentData {
  const flex = v >= 1;
  const s = defaultComponentData();
  s.entityType = r.string(flex);
  s.matchType = r.int8();
  s.match = r.nullableString(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeComponentData(w: Writer, v: number, s: Init<ComponentData>): void {
  const flex = v >= 1;
  w.string((s.entityType === undefined ? "" : s.entityType), flex);
  w.int8((s.matchType === undefined ? 0 : s.matchType));
  w.nullableString((s.match === undefined ? "" : s.match), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeClientQuotasRequest {
  /** Filter components to apply to quota entities. */
  components: ComponentData[];
  /** Whether the match is strict, i.e. should exclude entities with unspecified entity types. */
  strict: boolean;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeClientQuotasRequest(): DescribeClientQuotasRequest {
  return { components: [], strict: false };
}

function readDescribeClientQuotasRequest(r: Reader, v: number): DescribeClientQuotasRequest {
  const flex = v >= 1;
  const s = defaultDescribeClientQuotasRequest();
  s.components = readArray(r, flex, (r) => readComponentData(r, v));
  s.strict = r.bool();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeClientQuotasRequest(w: Writer, v: number, s: Init<DescribeClientQuotasRequest>): void {
  const flex = v >= 1;
  writeArray(w, flex, (s.components === undefined ? [] : s.components), (w, e) => { writeComponentData(w, v, e); });
  w.bool((s.strict === undefined ? false : s.strict));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DescribeClientQuotasRequestVersions = { min: 0, max: 1 } as const;

export function decodeDescribeClientQuotasRequest(r: Reader, v: number): DescribeClientQuotasRequest {
  if (v < 0 || v > 1) throw new DecodeError(`DescribeClientQuotasRequest version ${v} is outside 0-1`);
  return readDescribeClientQuotasRequest(r, v);
}

export function encodeDescribeClientQuotasRequest(w: Writer, v: number, m: Init<DescribeClientQuotasRequest>): void {
  if (v < 0 || v > 1) throw new EncodeError(`DescribeClientQuotasRequest version ${v} is outside 0-1`);
  writeDescribeClientQuotasRequest(w, v, m);
}

export interface EntryData {
  /** The quota entity description. */
  entity: EntityData[];
  /** The quota values for the entity. */
  values: ValueData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultEntryData(): EntryData {
  return { entity: [], values: [] };
}

function readEntryData(r: Reader, v: number): EntryData {
  const flex = v >= 1;
  const s = defaultEntryData();
  s.entity = readArray(r, flex, (r) => readEntityData(r, v));
  s.values = readArray(r, flex, (r) => readValueData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeEntryData(w: Writer, v: number, s: Init<EntryData>): void {
  const flex = v >= 1;
  writeArray(w, flex, (s.entity === undefined ? [] : s.entity), (w, e) => { writeEntityData(w, v, e); });
  writeArray(w, flex, (s.values === undefined ? [] : s.values), (w, e) => { writeValueData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface EntityData {
  /** The entity type. */
  entityType: string;
  /** The entity name, or null if the default. */
  entityName: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultEntityData(): EntityData {
  return { entityType: "", entityName: "" };
}

function readEntityData(r: Reader, v: number): EntityData {
  const flex = v >= 1;
  const s = defaultEntityData();
  s.entityType = r.string(flex);
  s.entityName = r.nullableString(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeEntityData(w: Writer, v: number, s: Init<EntityData>): void {
  const flex = v >= 1;
  w.string((s.entityType === undefined ? "" : s.entityType), flex);
  w.nullableString((s.entityName === undefined ? "" : s.entityName), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ValueData {
  /** The quota configuration key. */
  key: string;
  /** The quota configuration value. */
  value: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultValueData(): ValueData {
  return { key: "", value: 0 };
}

function readValueData(r: Reader, v: number): ValueData {
  const flex = v >= 1;
  const s = defaultValueData();
  s.key = r.string(flex);
  s.value = r.float64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeValueData(w: Writer, v: number, s: Init<ValueData>): void {
  const flex = v >= 1;
  w.string((s.key === undefined ? "" : s.key), flex);
  w.float64((s.value === undefined ? 0 : s.value));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeClientQuotasResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or `0` if the quota description succeeded. */
  errorCode: number;
  /** The error message, or `null` if the quota description succeeded. */
  errorMessage: string | null;
  /** A result entry. */
  entries: EntryData[] | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeClientQuotasResponse(): DescribeClientQuotasResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "", entries: [] };
}

function readDescribeClientQuotasResponse(r: Reader, v: number): DescribeClientQuotasResponse {
  const flex = v >= 1;
  const s = defaultDescribeClientQuotasResponse();
  s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  s.entries = readNullableArray(r, flex, (r) => readEntryData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeClientQuotasResponse(w: Writer, v: number, s: Init<DescribeClientQuotasResponse>): void {
  const flex = v >= 1;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex);
  writeArray(w, flex, (s.entries === undefined ? [] : s.entries), (w, e) => { writeEntryData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DescribeClientQuotasResponseVersions = { min: 0, max: 1 } as const;

export function decodeDescribeClientQuotasResponse(r: Reader, v: number): DescribeClientQuotasResponse {
  if (v < 0 || v > 1) throw new DecodeError(`DescribeClientQuotasResponse version ${v} is outside 0-1`);
  return readDescribeClientQuotasResponse(r, v);
}

export function encodeDescribeClientQuotasResponse(w: Writer, v: number, m: Init<DescribeClientQuotasResponse>): void {
  if (v < 0 || v > 1) throw new EncodeError(`DescribeClientQuotasResponse version ${v} is outside 0-1`);
  writeDescribeClientQuotasResponse(w, v, m);
}

export const DescribeClientQuotasApi: ApiCodec<DescribeClientQuotasRequest, DescribeClientQuotasResponse> = {
  apiKey: 48,
  name: 'DescribeClientQuotas',
  minVersion: 0,
  maxVersion: 1,
  flexibleMin: 1,
  decodeRequest: decodeDescribeClientQuotasRequest,
  encodeRequest: encodeDescribeClientQuotasRequest,
  decodeResponse: decodeDescribeClientQuotasResponse,
  encodeResponse: encodeDescribeClientQuotasResponse,
};
