// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// ListTransactions (api key 66): request and response, versions 0-1.

export interface ListTransactionsRequest {
  /** The transaction states to filter by: if empty, all transactions are returned; if non-empty, then only transactions matching one of the filtered states will be returned */
  stateFilters: string[];
  /** The producerIds to filter by: if empty, all transactions will be returned; if non-empty, only transactions which match one of the filtered producerIds will be returned */
  producerIdFilters: bigint[];
  /** Duration (in millis) to filter by: if < 0, all transactions will be returned; otherwise, only transactions running longer than this duration will be returned */
  durationFilter: bigint;
  unknownTaggedFields?: TaggedField[];
}

export function defaultListTransactionsRequest(): ListTransactionsRequest {
  return { stateFilters: [], producerIdFilters: [], durationFilter: -1n };
}

function readListTransactionsRequest(r: Reader, v: number): ListTransactionsRequest {
  const flex = true;
  const s = defaultListTransactionsRequest();
  s.stateFilters = readArray(r, flex, (r) => r.string(flex));
  s.producerIdFilters = readArray(r, flex, (r) => r.int64());
  if (v >= 1) s.durationFilter = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeListTransactionsRequest(w: Writer, v: number, s: Init<ListTransactionsRequest>): void {
  const flex = true;
  writeArray(w, flex, (s.stateFilters === undefined ? [] : s.stateFilters), (w, e) => { w.string(e, flex); });
  writeArray(w, flex, (s.producerIdFilters === undefined ? [] : s.producerIdFilters), (w, e) => { w.int64(e); });
  if (v >= 1) { w.int64((s.durationFilter === undefined ? -1n : s.durationFilter)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ListTransactionsRequestVersions = { min: 0, max: 1 } as const;

export function decodeListTransactionsRequest(r: Reader, v: number): ListTransactionsRequest {
  if (v < 0 || v > 1) throw new DecodeError(`ListTransactionsRequest version ${v} is outside 0-1`);
  return readListTransactionsRequest(r, v);
}

export function encodeListTransactionsRequest(w: Writer, v: number, m: Init<ListTransactionsRequest>): void {
  if (v < 0 || v > 1) throw new EncodeError(`ListTransactionsRequest version ${v} is outside 0-1`);
  writeListTransactionsRequest(w, v, m);
}

export interface TransactionState {
  transactionalId: string;
  producerId: bigint;
  /** The current transaction state of the producer */
  transactionState: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultTransactionState(): TransactionState {
  return { transactionalId: "", producerId: 0n, transactionState: "" };
}

function readTransactionState(r: Reader, _v: number): TransactionState {
  const flex = true;
  const s = defaultTransactionState();
  s.transactionalId = r.string(flex);
  s.producerId = r.int64();
  s.transactionState = r.string(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeTransactionState(w: Writer, _v: number, s: Init<TransactionState>): void {
  const flex = true;
  w.string((s.transactionalId === undefined ? "" : s.transactionalId), flex);
  w.int64((s.producerId === undefined ? 0n : s.producerId));
  w.string((s.transactionState === undefined ? "" : s.transactionState), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ListTransactionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  errorCode: number;
  /** Set of state filters provided in the request which were unknown to the transaction coordinator */
  unknownStateFilters: string[];
  transactionStates: TransactionState[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultListTransactionsResponse(): ListTransactionsResponse {
  return { throttleTimeMs: 0, errorCode: 0, unknownStateFilters: [], transactionStates: [] };
}

function readListTransactionsResponse(r: Reader, v: number): ListTransactionsResponse {
  const flex = true;
  const s = defaultListTransactionsResponse();
  s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  s.unknownStateFilters = readArray(r, flex, (r) => r.string(flex));
  s.transactionStates = readArray(r, flex, (r) => readTransactionState(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeListTransactionsResponse(w: Writer, v: number, s: Init<ListTransactionsResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  writeArray(w, flex, (s.unknownStateFilters === undefined ? [] : s.unknownStateFilters), (w, e) => { w.string(e, flex); });
  writeArray(w, flex, (s.transactionStates === undefined ? [] : s.transactionStates), (w, e) => { writeTransactionState(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ListTransactionsResponseVersions = { min: 0, max: 1 } as const;

export function decodeListTransactionsResponse(r: Reader, v: number): ListTransactionsResponse {
  if (v < 0 || v > 1) throw new DecodeError(`ListTransactionsResponse version ${v} is outside 0-1`);
  return readListTransactionsResponse(r, v);
}

export function encodeListTransactionsResponse(w: Writer, v: number, m: Init<ListTransactionsResponse>): void {
  if (v < 0 || v > 1) throw new EncodeError(`ListTransactionsResponse version ${v} is outside 0-1`);
  writeListTransactionsResponse(w, v, m);
}

export const ListTransactionsApi: ApiCodec<ListTransactionsRequest, ListTransactionsResponse> = {
  apiKey: 66,
  name: 'ListTransactions',
  minVersion: 0,
  maxVersion: 1,
  flexibleMin: 0,
  decodeRequest: decodeListTransactionsRequest,
  encodeRequest: encodeListTransactionsRequest,
  decodeResponse: decodeListTransactionsResponse,
  encodeResponse: encodeListTransactionsResponse,
};
