// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// AlterClientQuotas (api key 49): request and response, versions 0-1.

export interface AlterClientQuotasRequestEntryData {
  /** The quota entity to alter. */
  entity: AlterClientQuotasRequestEntityData[];
  /** An individual quota configuration entry to alter. */
  ops: OpData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterClientQuotasRequestEntryData(): AlterClientQuotasRequestEntryData {
  return { entity: [], ops: [] };
}

function readAlterClientQuotasRequestEntryData(r: Reader, v: number): AlterClientQuotasRequestEntryData {
  const flex = v >= 1;
  const s = defaultAlterClientQuotasRequestEntryData();
  s.entity = readArray(r, flex, (r) => readAlterClientQuotasRequestEntityData(r, v));
  s.ops = readArray(r, flex, (r) => readOpData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAlterClientQuotasRequestEntryData(w: Writer, v: number, s: Init<AlterClientQuotasRequestEntryData>): void {
  const flex = v >= 1;
  writeArray(w, flex, (s.entity === undefined ? [] : s.entity), (w, e) => { writeAlterClientQuotasRequestEntityData(w, v, e); });
  writeArray(w, flex, (s.ops === undefined ? [] : s.ops), (w, e) => { writeOpData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AlterClientQuotasRequestEntityData {
  /** The entity type. */
  entityType: string;
  /** The name of the entity, or null if the default. */
  entityName: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterClientQuotasRequestEntityData(): AlterClientQuotasRequestEntityData {
  return { entityType: "", entityName: "" };
}

function readAlterClientQuotasRequestEntityData(r: Reader, v: number): AlterClientQuotasRequestEntityData {
  const flex = v >= 1;
  const s = defaultAlterClientQuotasRequestEntityData();
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

function writeAlterClientQuotasRequestEntityData(w: Writer, v: number, s: Init<AlterClientQuotasRequestEntityData>): void {
  const flex = v >= 1;
  w.string((s.entityType === undefined ? "" : s.entityType), flex);
  w.nullableString((s.entityName === undefined ? "" : s.entityName), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface OpData {
  /** The quota configuration key. */
  key: string;
  /** The value to set, otherwise ignored if the value is to be removed. */
  value: number;
  /** Whether the quota configuration value should be removed, otherwise set. */
  remove: boolean;
  unknownTaggedFields?: TaggedField[];
}

export function defaultOpData(): OpData {
  return { key: "", value: 0, remove: false };
}

function readOpData(r: Reader, v: number): OpData {
  const flex = v >= 1;
  const s = defaultOpData();
  s.key = r.string(flex);
  s.value = r.float64();
  s.remove = r.bool();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOpData(w: Writer, v: number, s: Init<OpData>): void {
  const flex = v >= 1;
  w.string((s.key === undefined ? "" : s.key), flex);
  w.float64((s.value === undefined ? 0 : s.value));
  w.bool((s.remove === undefined ? false : s.remove));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AlterClientQuotasRequest {
  /** The quota configuration entries to alter. */
  entries: AlterClientQuotasRequestEntryData[];
  /** Whether the alteration should be validated, but not performed. */
  validateOnly: boolean;
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterClientQuotasRequest(): AlterClientQuotasRequest {
  return { entries: [], validateOnly: false };
}

function readAlterClientQuotasRequest(r: Reader, v: number): AlterClientQuotasRequest {
  const flex = v >= 1;
  const s = defaultAlterClientQuotasRequest();
  s.entries = readArray(r, flex, (r) => readAlterClientQuotasRequestEntryData(r, v));
  s.validateOnly = r.bool();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAlterClientQuotasRequest(w: Writer, v: number, s: Init<AlterClientQuotasRequest>): void {
  const flex = v >= 1;
  writeArray(w, flex, (s.entries === undefined ? [] : s.entries), (w, e) => { writeAlterClientQuotasRequestEntryData(w, v, e); });
  w.bool((s.validateOnly === undefined ? false : s.validateOnly));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const AlterClientQuotasRequestVersions = { min: 0, max: 1 } as const;

export function decodeAlterClientQuotasRequest(r: Reader, v: number): AlterClientQuotasRequest {
  if (v < 0 || v > 1) throw new DecodeError(`AlterClientQuotasRequest version ${v} is outside 0-1`);
  return readAlterClientQuotasRequest(r, v);
}

export function encodeAlterClientQuotasRequest(w: Writer, v: number, m: Init<AlterClientQuotasRequest>): void {
  if (v < 0 || v > 1) throw new EncodeError(`AlterClientQuotasRequest version ${v} is outside 0-1`);
  writeAlterClientQuotasRequest(w, v, m);
}

export interface AlterClientQuotasResponseEntryData {
  /** The error code, or `0` if the quota alteration succeeded. */
  errorCode: number;
  /** The error message, or `null` if the quota alteration succeeded. */
  errorMessage: string | null;
  /** The quota entity to alter. */
  entity: AlterClientQuotasResponseEntityData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterClientQuotasResponseEntryData(): AlterClientQuotasResponseEntryData {
  return { errorCode: 0, errorMessage: "", entity: [] };
}

function readAlterClientQuotasResponseEntryData(r: Reader, v: number): AlterClientQuotasResponseEntryData {
  const flex = v >= 1;
  const s = defaultAlterClientQuotasResponseEntryData();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  s.entity = readArray(r, flex, (r) => readAlterClientQuotasResponseEntityData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAlterClientQuotasResponseEntryData(w: Writer, v: number, s: Init<AlterClientQuotasResponseEntryData>): void {
  const flex = v >= 1;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex);
  writeArray(w, flex, (s.entity === undefined ? [] : s.entity), (w, e) => { writeAlterClientQuotasResponseEntityData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AlterClientQuotasResponseEntityData {
  /** The entity type. */
  entityType: string;
  /** The name of the entity, or null if the default. */
  entityName: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterClientQuotasResponseEntityData(): AlterClientQuotasResponseEntityData {
  return { entityType: "", entityName: "" };
}

function readAlterClientQuotasResponseEntityData(r: Reader, v: number): AlterClientQuotasResponseEntityData {
  const flex = v >= 1;
  const s = defaultAlterClientQuotasResponseEntityData();
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

function writeAlterClientQuotasResponseEntityData(w: Writer, v: number, s: Init<AlterClientQuotasResponseEntityData>): void {
  const flex = v >= 1;
  w.string((s.entityType === undefined ? "" : s.entityType), flex);
  w.nullableString((s.entityName === undefined ? "" : s.entityName), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AlterClientQuotasResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The quota configuration entries to alter. */
  entries: AlterClientQuotasResponseEntryData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterClientQuotasResponse(): AlterClientQuotasResponse {
  return { throttleTimeMs: 0, entries: [] };
}

function readAlterClientQuotasResponse(r: Reader, v: number): AlterClientQuotasResponse {
  const flex = v >= 1;
  const s = defaultAlterClientQuotasResponse();
  s.throttleTimeMs = r.int32();
  s.entries = readArray(r, flex, (r) => readAlterClientQuotasResponseEntryData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAlterClientQuotasResponse(w: Writer, v: number, s: Init<AlterClientQuotasResponse>): void {
  const flex = v >= 1;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  writeArray(w, flex, (s.entries === undefined ? [] : s.entries), (w, e) => { writeAlterClientQuotasResponseEntryData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const AlterClientQuotasResponseVersions = { min: 0, max: 1 } as const;

export function decodeAlterClientQuotasResponse(r: Reader, v: number): AlterClientQuotasResponse {
  if (v < 0 || v > 1) throw new DecodeError(`AlterClientQuotasResponse version ${v} is outside 0-1`);
  return readAlterClientQuotasResponse(r, v);
}

export function encodeAlterClientQuotasResponse(w: Writer, v: number, m: Init<AlterClientQuotasResponse>): void {
  if (v < 0 || v > 1) throw new EncodeError(`AlterClientQuotasResponse version ${v} is outside 0-1`);
  writeAlterClientQuotasResponse(w, v, m);
}

export const AlterClientQuotasApi: ApiCodec<AlterClientQuotasRequest, AlterClientQuotasResponse> = {
  apiKey: 49,
  name: 'AlterClientQuotas',
  minVersion: 0,
  maxVersion: 1,
  flexibleMin: 1,
  decodeRequest: decodeAlterClientQuotasRequest,
  encodeRequest: encodeAlterClientQuotasRequest,
  decodeResponse: decodeAlterClientQuotasResponse,
  encodeResponse: encodeAlterClientQuotasResponse,
};
