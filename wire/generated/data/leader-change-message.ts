// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface Voter {
  voterId: number;
  /** The directory id of the voter */
  voterDirectoryId: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultVoter(): Voter {
  return { voterId: 0, voterDirectoryId: ZERO_UUID };
}

function readVoter(r: Reader, v: number): Voter {
  const flex = true;
  const s = defaultVoter();
  s.voterId = r.int32();
  if (v >= 1) s.voterDirectoryId = r.uuid();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeVoter(w: Writer, v: number, s: Init<Voter>): void {
  const flex = true;
  w.int32((s.voterId === undefined ? 0 : s.voterId));
  if (v >= 1) { w.uuid((s.voterDirectoryId === undefined ? ZERO_UUID : s.voterDirectoryId)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface LeaderChangeMessage {
  /** The version of the leader change message */
  version: number;
  /** The ID of the newly elected leader */
  leaderId: number;
  /** The set of voters in the quorum for this epoch */
  voters: Voter[];
  /** The voters who voted for the leader at the time of election */
  grantingVoters: Voter[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultLeaderChangeMessage(): LeaderChangeMessage {
  return { version: 0, leaderId: 0, voters: [], grantingVoters: [] };
}

function readLeaderChangeMessage(r: Reader, v: number): LeaderChangeMessage {
  const flex = true;
  const s = defaultLeaderChangeMessage();
  s.version = r.int16();
  s.leaderId = r.int32();
  s.voters = readArray(r, flex, (r) => readVoter(r, v));
  s.grantingVoters = readArray(r, flex, (r) => readVoter(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeLeaderChangeMessage(w: Writer, v: number, s: Init<LeaderChangeMessage>): void {
  const flex = true;
  w.int16((s.version === undefined ? 0 : s.version));
  w.int32((s.leaderId === undefined ? 0 : s.leaderId));
  writeArray(w, flex, (s.voters === undefined ? [] : s.voters), (w, e) => { writeVoter(w, v, e); });
  writeArray(w, flex, (s.grantingVoters === undefined ? [] : s.grantingVoters), (w, e) => { writeVoter(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const LeaderChangeMessageVersions = { min: 0, max: 1 } as const;

export function decodeLeaderChangeMessage(r: Reader, v: number): LeaderChangeMessage {
  if (v < 0 || v > 1) throw new DecodeError(`LeaderChangeMessage version ${v} is outside 0-1`);
  return readLeaderChangeMessage(r, v);
}

export function encodeLeaderChangeMessage(w: Writer, v: number, m: Init<LeaderChangeMessage>): void {
  if (v < 0 || v > 1) throw new EncodeError(`LeaderChangeMessage version ${v} is outside 0-1`);
  writeLeaderChangeMessage(w, v, m);
}
