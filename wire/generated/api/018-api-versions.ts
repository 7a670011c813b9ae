// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// ApiVersions (api key 18): request and response, versions 0-4.

export interface ApiVersionsRequest {
  /** The name of the client. */
  clientSoftwareName: string;
  /** The version of the client. */
  clientSoftwareVersion: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultApiVersionsRequest(): ApiVersionsRequest {
  return { clientSoftwareName: "", clientSoftwareVersion: "" };
}

function readApiVersionsRequest(r: Reader, v: number): ApiVersionsRequest {
  const flex = v >= 3;
  const s = defaultApiVersionsRequest();
  if (v >= 3) s.clientSoftwareName = r.string(flex);
  if (v >= 3) s.clientSoftwareVersion = r.string(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeApiVersionsRequest(w: Writer, v: number, s: Init<ApiVersionsRequest>): void {
  const flex = v >= 3;
  if (v >= 3) { w.string((s.clientSoftwareName === undefined ? "" : s.clientSoftwareName), flex); }
  if (v >= 3) { w.string((s.clientSoftwareVersion === undefined ? "" : s.clientSoftwareVersion), flex); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ApiVersionsRequestVersions = { min: 0, max: 4 } as const;

export function decodeApiVersionsRequest(r: Reader, v: number): ApiVersionsRequest {
  if (v < 0 || v > 4) throw new DecodeError(`ApiVersionsRequest version ${v} is outside 0-4`);
  return readApiVersionsRequest(r, v);
}

export function encodeApiVersionsRequest(w: Writer, v: number, m: Init<ApiVersionsRequest>): void {
  if (v < 0 || v > 4) throw new EncodeError(`ApiVersionsRequest version ${v} is outside 0-4`);
  writeApiVersionsRequest(w, v, m);
}

export interface ApiVersion {
  /** The API index. */
  apiKey: number;
  /** The minimum supported version, inclusive. */
  minVersion: number;
  /** The maximum supported version, inclusive. */
  maxVersion: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultApiVersion(): ApiVersion {
  return { apiKey: 0, minVersion: 0, maxVersion: 0 };
}

function readApiVersion(r: Reader, v: number): ApiVersion {
  const flex = v >= 3;
  const s = defaultApiVersion();
  s.apiKey = r.int16();
  s.minVersion = r.int16();
  s.maxVersion = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeApiVersion(w: Writer, v: number, s: Init<ApiVersion>): void {
  const flex = v >= 3;
  w.int16((s.apiKey === undefined ? 0 : s.apiKey));
  w.int16((s.minVersion === undefined ? 0 : s.minVersion));
  w.int16((s.maxVersion === undefined ? 0 : s.maxVersion));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface SupportedFeatureKey {
  /** The name of the feature. */
  name: string;
  /** The minimum supported version for the feature. */
  minVersion: number;
  /** The maximum supported version for the feature. */
  maxVersion: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultSupportedFeatureKey(): SupportedFeatureKey {
  return { name: "", minVersion: 0, maxVersion: 0 };
}

function readSupportedFeatureKey(r: Reader, v: number): SupportedFeatureKey {
  const flex = v >= 3;
  const s = defaultSupportedFeatureKey();
  if (v >= 3) s.name = r.string(flex);
  if (v >= 3) s.minVersion = r.int16();
  if (v >= 3) s.maxVersion = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeSupportedFeatureKey(w: Writer, v: number, s: Init<SupportedFeatureKey>): void {
  const flex = v >= 3;
  if (v >= 3) { w.string((s.name === undefined ? "" : s.name), flex); }
  if (v >= 3) { w.int16((s.minVersion === undefined ? 0 : s.minVersion)); }
  if (v >= 3) { w.int16((s.maxVersion === undefined ? 0 : s.maxVersion)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface FinalizedFeatureKey {
  /** The name of the feature. */
  name: string;
  /** The cluster-wide finalized max version level for the feature. */
  maxVersionLevel: number;
  /** The cluster-wide finalized min version level for the feature. */
  minVersionLevel: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultFinalizedFeatureKey(): FinalizedFeatureKey {
  return { name: "", maxVersionLevel: 0, minVersionLevel: 0 };
}

function readFinalizedFeatureKey(r: Reader, v: number): FinalizedFeatureKey {
  const flex = v >= 3;
  const s = defaultFinalizedFeatureKey();
  if (v >= 3) s.name = r.string(flex);
  if (v >= 3) s.maxVersionLevel = r.int16();
  if (v >= 3) s.minVersionLevel = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeFinalizedFeatureKey(w: Writer, v: number, s: Init<FinalizedFeatureKey>): void {
  const flex = v >= 3;
  if (v >= 3) { w.string((s.name === undefined ? "" : s.name), flex); }
  if (v >= 3) { w.int16((s.maxVersionLevel === undefined ? 0 : s.maxVersionLevel)); }
  if (v >= 3) { w.int16((s.minVersionLevel === undefined ? 0 : s.minVersionLevel)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ApiVersionsResponse {
  /** The top-level error code. */
  errorCode: number;
  /** The APIs supported by the broker. */
  apiKeys: ApiVersion[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** Features supported by the broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. */
  supportedFeatures: SupportedFeatureKey[];
  /** The monotonically increasing epoch for the finalized features information. Valid values are >= 0. A value of -1 is special and represents unknown epoch. */
  finalizedFeaturesEpoch: bigint;
  /** List of cluster-wide finalized features. The information is valid only if FinalizedFeaturesEpoch >= 0. */
  finalizedFeatures: FinalizedFeatureKey[];
  /** Set by a KRaft controller if the required configurations for ZK migration are present */
  zkMigrationReady: boolean;
  unknownTaggedFields?: TaggedField[];
}

export function defaultApiVersionsResponse(): ApiVersionsResponse {
  return { errorCode: 0, apiKeys: [], throttleTimeMs: 0, supportedFeatures: [], finalizedFeaturesEpoch: -1n, finalizedFeatures: [], zkMigrationReady: false };
}

function readApiVersionsResponse(r: Reader, v: number): ApiVersionsResponse {
  const flex = v >= 3;
  const s = defaultApiVersionsResponse();
  s.errorCode = r.int16();
  s.apiKeys = readArray(r, flex, (r) => readApiVersion(r, v));
  if (v >= 1) s.throttleTimeMs = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      switch (f.tag) {
        case 0:
          if (v >= 3) {
            const sub = Reader.over(f.data);
            s.supportedFeatures = ((r: Reader) => readArray(r, true, (r) => readSupportedFeatureKey(r, v)))(sub);
            continue;
          }
          break;
        case 1:
          if (v >= 3) {
            const sub = Reader.over(f.data);
            s.finalizedFeaturesEpoch = ((r: Reader) => r.int64())(sub);
            continue;
          }
          break;
        case 2:
          if (v >= 3) {
            const sub = Reader.over(f.data);
            s.finalizedFeatures = ((r: Reader) => readArray(r, true, (r) => readFinalizedFeatureKey(r, v)))(sub);
            continue;
          }
          break;
        case 3:
          if (v >= 3) {
            const sub = Reader.over(f.data);
            s.zkMigrationReady = ((r: Reader) => r.bool())(sub);
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

function writeApiVersionsResponse(w: Writer, v: number, s: Init<ApiVersionsResponse>): void {
  const flex = v >= 3;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  writeArray(w, flex, (s.apiKeys === undefined ? [] : s.apiKeys), (w, e) => { writeApiVersion(w, v, e); });
  if (v >= 1) { w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    if (v >= 3 && s.supportedFeatures !== undefined && s.supportedFeatures.length > 0) {
      const x = s.supportedFeatures;
      tagged.push({ tag: 0, data: encodeTagged((w) => { writeArray(w, true, x, (w, e) => { writeSupportedFeatureKey(w, v, e); }); }) });
    }
    if (v >= 3 && s.finalizedFeaturesEpoch !== undefined && s.finalizedFeaturesEpoch !== -1n) {
      const x = s.finalizedFeaturesEpoch;
      tagged.push({ tag: 1, data: encodeTagged((w) => { w.int64(x); }) });
    }
    if (v >= 3 && s.finalizedFeatures !== undefined && s.finalizedFeatures.length > 0) {
      const x = s.finalizedFeatures;
      tagged.push({ tag: 2, data: encodeTagged((w) => { writeArray(w, true, x, (w, e) => { writeFinalizedFeatureKey(w, v, e); }); }) });
    }
    if (v >= 3 && s.zkMigrationReady !== undefined && s.zkMigrationReady !== false) {
      const x = s.zkMigrationReady;
      tagged.push({ tag: 3, data: encodeTagged((w) => { w.bool(x); }) });
    }
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ApiVersionsResponseVersions = { min: 0, max: 4 } as const;

export function decodeApiVersionsResponse(r: Reader, v: number): ApiVersionsResponse {
  if (v < 0 || v > 4) throw new DecodeError(`ApiVersionsResponse version ${v} is outside 0-4`);
  return readApiVersionsResponse(r, v);
}

export function encodeApiVersionsResponse(w: Writer, v: number, m: Init<ApiVersionsResponse>): void {
  if (v < 0 || v > 4) throw new EncodeError(`ApiVersionsResponse version ${v} is outside 0-4`);
  writeApiVersionsResponse(w, v, m);
}

export const ApiVersionsApi: ApiCodec<ApiVersionsRequest, ApiVersionsResponse> = {
  apiKey: 18,
  name: 'ApiVersions',
  minVersion: 0,
  maxVersion: 4,
  flexibleMin: 3,
  decodeRequest: decodeApiVersionsRequest,
  encodeRequest: encodeApiVersionsRequest,
  decodeResponse: decodeApiVersionsResponse,
  encodeResponse: encodeApiVersionsResponse,
};
