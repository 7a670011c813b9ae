// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface DefaultPrincipalData {
  /** The principal type */
  type: string;
  /** The principal name */
  name: string;
  /** Whether the principal was authenticated by a delegation token on the forwarding broker. */
  tokenAuthenticated: boolean;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDefaultPrincipalData(): DefaultPrincipalData {
  return { type: "", name: "", tokenAuthenticated: false };
}

function readDefaultPrincipalData(r: Reader, _v: number): DefaultPrincipalData {
  const flex = true;
  const s = defaultDefaultPrincipalData();
  s.type = r.string(flex);
  s.name = r.string(flex);
  s.tokenAuthenticated = r.bool();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDefaultPrincipalData(w: Writer, _v: number, s: Init<DefaultPrincipalData>): void {
  const flex = true;
  w.string((s.type === undefined ? "" : s.type), flex);
  w.string((s.name === undefined ? "" : s.name), flex);
  w.bool((s.tokenAuthenticated === undefined ? false : s.tokenAuthenticated));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DefaultPrincipalDataVersions = { min: 0, max: 0 } as const;

export function decodeDefaultPrincipalData(r: Reader, v: number): DefaultPrincipalData {
  if (v < 0 || v > 0) throw new DecodeError(`DefaultPrincipalData version ${v} is outside 0-0`);
  return readDefaultPrincipalData(r, v);
}

export function encodeDefaultPrincipalData(w: Writer, v: number, m: Init<DefaultPrincipalData>): void {
  if (v < 0 || v > 0) throw new EncodeError(`DefaultPrincipalData version ${v} is outside 0-0`);
  writeDefaultPrincipalData(w, v, m);
}
