// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// UpdateFeatures (api key 57): request and response, versions 0-1.

export interface FeatureUpdateKey {
  /** The name of the finalized feature to be updated. */
  feature: string;
  /** The new maximum version level for the finalized feature. A value >= 1 is valid. A value < 1, is special, and can be used to request the deletion of the finalized feature. */
  maxVersionLevel: number;
  /** DEPRECATED in version 1 (see DowngradeType). When set to true, the finalized feature version level is allowed to be downgraded/deleted. The downgrade request will fail if the new maximum version level is a value that's not lower than the existing maximum finalized version level. */
  allowDowngrade: boolean;
  /** Determine which type of upgrade will be performed: 1 will perform an upgrade only (default), 2 is safe downgrades only (lossless), 3 is unsafe downgrades (lossy). */
  upgradeType: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultFeatureUpdateKey(): FeatureUpdateKey {
  return { feature: "", maxVersionLevel: 0, allowDowngrade: false, upgradeType: 1 };
}

function readFeatureUpdateKey(r: Reader, v: number): FeatureUpdateKey {
  const flex = true;
  const s = defaultFeatureUpdateKey();
  s.feature = r.string(flex);
  s.maxVersionLevel = r.int16();
  if (v === 0) s.allowDowngrade = r.bool();
  if (v >= 1) s.upgradeType = r.int8();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeFeatureUpdateKey(w: Writer, v: number, s: Init<FeatureUpdateKey>): void {
  const flex = true;
  w.string((s.feature === undefined ? "" : s.feature), flex);
  w.int16((s.maxVersionLevel === undefined ? 0 : s.maxVersionLevel));
  if (v === 0) { w.bool((s.allowDowngrade === undefined ? false : s.allowDowngrade)); }
  if (v >= 1) { w.int8((s.upgradeType === undefined ? 1 : s.upgradeType)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface UpdateFeaturesRequest {
  /** How long to wait in milliseconds before timing out the request. */
  timeoutMs: number;
  /** The list of updates to finalized features. */
  featureUpdates: FeatureUpdateKey[];
  /** True if we should validate the request, but not perform the upgrade or downgrade. */
  validateOnly: boolean;
  unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateFeaturesRequest(): UpdateFeaturesRequest {
  return { timeoutMs: 60000, featureUpdates: [], validateOnly: false };
}

function readUpdateFeaturesRequest(r: Reader, v: number): UpdateFeaturesRequest {
  const flex = true;
  const s = defaultUpdateFeaturesRequest();
  s.timeoutMs = r.int32();
  s.featureUpdates = readArray(r, flex, (r) => readFeatureUpdateKey(r, v));
  if (v >= 1) s.validateOnly = r.bool();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeUpdateFeaturesRequest(w: Writer, v: number, s: Init<UpdateFeaturesRequest>): void {
  const flex = true;
  w.int32((s.timeoutMs === undefined ? 60000 : s.timeoutMs));
  writeArray(w, flex, (s.featureUpdates === undefined ? [] : s.featureUpdates), (w, e) => { writeFeatureUpdateKey(w, v, e); });
  if (v >= 1) { w.bool((s.validateOnly === undefined ? false : s.validateOnly)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const UpdateFeaturesRequestVersions = { min: 0, max: 1 } as const;

export function decodeUpdateFeaturesRequest(r: Reader, v: number): UpdateFeaturesRequest {
  if (v < 0 || v > 1) throw new DecodeError(`UpdateFeaturesRequest version ${v} is outside 0-1`);
  return readUpdateFeaturesRequest(r, v);
}

export function encodeUpdateFeaturesRequest(w: Writer, v: number, m: Init<UpdateFeaturesRequest>): void {
  if (v < 0 || v > 1) throw new EncodeError(`UpdateFeaturesRequest version ${v} is outside 0-1`);
  writeUpdateFeaturesRequest(w, v, m);
}

export interface UpdatableFeatureResult {
  /** The name of the finalized feature. */
  feature: string;
  /** The feature update error code or `0` if the feature update succeeded. */
  errorCode: number;
  /** The feature update error, or `null` if the feature update succeeded. */
  errorMessage: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultUpdatableFeatureResult(): UpdatableFeatureResult {
  return { feature: "", errorCode: 0, errorMessage: "" };
}

function readUpdatableFeatureResult(r: Reader, _v: number): UpdatableFeatureResult {
  const flex = true;
  const s = defaultUpdatableFeatureResult();
  s.feature = r.string(flex);
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeUpdatableFeatureResult(w: Writer, _v: number, s: Init<UpdatableFeatureResult>): void {
  const flex = true;
  w.string((s.feature === undefined ? "" : s.feature), flex);
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface UpdateFeaturesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top-level error code, or `0` if there was no top-level error. */
  errorCode: number;
  /** The top-level error message, or `null` if there was no top-level error. */
  errorMessage: string | null;
  /** Results for each feature update. */
  results: UpdatableFeatureResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateFeaturesResponse(): UpdateFeaturesResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "", results: [] };
}

function readUpdateFeaturesResponse(r: Reader, v: number): UpdateFeaturesResponse {
  const flex = true;
  const s = defaultUpdateFeaturesResponse();
  s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  s.results = readArray(r, flex, (r) => readUpdatableFeatureResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeUpdateFeaturesResponse(w: Writer, v: number, s: Init<UpdateFeaturesResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex);
  writeArray(w, flex, (s.results === undefined ? [] : s.results), (w, e) => { writeUpdatableFeatureResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const UpdateFeaturesResponseVersions = { min: 0, max: 1 } as const;

export function decodeUpdateFeaturesResponse(r: Reader, v: number): UpdateFeaturesResponse {
  if (v < 0 || v > 1) throw new DecodeError(`UpdateFeaturesResponse version ${v} is outside 0-1`);
  return readUpdateFeaturesResponse(r, v);
}

export function encodeUpdateFeaturesResponse(w: Writer, v: number, m: Init<UpdateFeaturesResponse>): void {
  if (v < 0 || v > 1) throw new EncodeError(`UpdateFeaturesResponse version ${v} is outside 0-1`);
  writeUpdateFeaturesResponse(w, v, m);
}

export const UpdateFeaturesApi: ApiCodec<UpdateFeaturesRequest, UpdateFeaturesResponse> = {
  apiKey: 57,
  name: 'UpdateFeatures',
  minVersion: 0,
  maxVersion: 1,
  flexibleMin: 0,
  decodeRequest: decodeUpdateFeaturesRequest,
  encodeRequest: encodeUpdateFeaturesRequest,
  decodeResponse: decodeUpdateFeaturesResponse,
  encodeResponse: encodeUpdateFeaturesResponse,
};
