// Binary encoding of Raft messages, entries, snapshots and hard state, for the transport and the
// on-disk log. Big-endian, a one-byte type tag per message, u32-length-prefixed byte strings. The
// decoder checks every length against the bytes left before allocating and rejects trailing bytes,
// so hostile input yields a RaftCodecError and never a crash or a huge allocation.
import type { ClusterConfig, Entry, EntryKind, HardState, Message, NodeId, Snapshot } from './types.js';

export class RaftCodecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RaftCodecError';
  }
}

const MESSAGE_TAGS = [
  'vote-request',
  'vote-response',
  'append-request',
  'append-response',
  'heartbeat-request',
  'heartbeat-response',
  'snapshot-request',
  'timeout-now',
] as const satisfies readonly Message['type'][];

const ENTRY_KINDS = ['data', 'config', 'noop'] as const satisfies readonly EntryKind[];
/** Smallest possible encoded entry: index, term, kind, data length, config flag. */
const ENTRY_BYTES_MIN = 8 + 8 + 1 + 4 + 1;
const NODE_ID_MAX = 0x7fffffff;

class Writer {
  private parts: Buffer[] = [];
  private scratch = Buffer.allocUnsafe(0);
  private pos = 0;
  private size = 0;

  private room(bytes: number): void {
    if (this.pos + bytes <= this.scratch.length) return;
    this.flush();
    this.scratch = Buffer.allocUnsafe(Math.max(256, bytes));
  }

  private flush(): void {
    if (this.pos > 0) this.parts.push(this.scratch.subarray(0, this.pos));
    this.scratch = this.scratch.subarray(this.pos);
    this.pos = 0;
  }

  u8(value: number): void {
    this.room(1);
    this.scratch.writeUInt8(value, this.pos);
    this.pos += 1;
    this.size += 1;
  }

  bool(value: boolean): void {
    this.u8(value ? 1 : 0);
  }

  u32(value: number): void {
    this.room(4);
    this.scratch.writeUInt32BE(value, this.pos);
    this.pos += 4;
    this.size += 4;
  }

  nodeId(value: number): void {
    if (!Number.isInteger(value) || value < 0 || value > NODE_ID_MAX) {
      throw new RangeError(`node id ${value} is not an int32 >= 0`);
    }
    this.u32(value);
  }

  /** A non-negative safe integer as u64. */
  u64(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${value} is not a u64`);
    this.room(8);
    this.scratch.writeUInt32BE(Math.floor(value / 2 ** 32), this.pos);
    this.scratch.writeUInt32BE(value >>> 0, this.pos + 4);
    this.pos += 8;
    this.size += 8;
  }

  bytes(value: Buffer): void {
    this.u32(value.length);
    if (value.length === 0) return;
    this.flush();
    this.parts.push(value);
    this.size += value.length;
  }

  finish(): Buffer {
    this.flush();
    return this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.size);
  }
}

class Reader {
  private pos = 0;
  constructor(private readonly buf: Buffer) {}

  get remaining(): number {
    return this.buf.length - this.pos;
  }

  private need(bytes: number, what: string): void {
    if (bytes > this.remaining)
      throw new RaftCodecError(`truncated ${what}: need ${bytes}, have ${this.remaining}`);
  }

  u8(what: string): number {
    this.need(1, what);
    return this.buf.readUInt8(this.pos++);
  }

  bool(what: string): boolean {
    const v = this.u8(what);
    if (v > 1) throw new RaftCodecError(`${what}: ${v} is not a boolean`);
    return v === 1;
  }

  u32(what: string): number {
    this.need(4, what);
    const v = this.buf.readUInt32BE(this.pos);
    this.pos += 4;
    return v;
  }

  nodeId(what: string): NodeId {
    const v = this.u32(what);
    if (v > NODE_ID_MAX) throw new RaftCodecError(`${what}: ${v} is not an int32 node id`);
    return v;
  }

  u64(what: string): number {
    this.need(8, what);
    const high = this.buf.readUInt32BE(this.pos);
    const low = this.buf.readUInt32BE(this.pos + 4);
    this.pos += 8;
    if (high >= 2 ** 21) throw new RaftCodecError(`${what}: value exceeds 2^53`);
    return high * 2 ** 32 + low;
  }

  /** A copy, so a decoded entry never pins a large network or file buffer. */
  bytes(what: string): Buffer {
    const length = this.u32(what);
    this.need(length, what);
    const out = Buffer.from(this.buf.subarray(this.pos, this.pos + length));
    this.pos += length;
    return out;
  }

  /** A count of items at least `itemBytes` each, checked against what is left. */
  count(what: string, itemBytes: number): number {
    const n = this.u32(what);
    if (n * itemBytes > this.remaining)
      throw new RaftCodecError(`${what}: count ${n} exceeds the bytes left`);
    return n;
  }

  end(what: string): void {
    if (this.remaining !== 0) throw new RaftCodecError(`${this.remaining} trailing bytes after ${what}`);
  }
}

function writeConfig(w: Writer, config: ClusterConfig): void {
  w.u32(config.voters.length);
  for (const v of config.voters) w.nodeId(v);
}

function readConfig(r: Reader): ClusterConfig {
  const n = r.count('voter count', 4);
  const voters: NodeId[] = [];
  for (let i = 0; i < n; i++) voters.push(r.nodeId('voter'));
  return { voters };
}

function writeEntry(w: Writer, e: Entry): void {
  w.u64(e.index);
  w.u64(e.term);
  w.u8(ENTRY_KINDS.indexOf(e.kind));
  w.bytes(e.data);
  w.bool(e.config !== null);
  if (e.config !== null) writeConfig(w, e.config);
}

function readEntry(r: Reader): Entry {
  const index = r.u64('entry index');
  const term = r.u64('entry term');
  const kindTag = r.u8('entry kind');
  const kind = ENTRY_KINDS[kindTag];
  if (kind === undefined) throw new RaftCodecError(`unknown entry kind ${kindTag}`);
  const data = r.bytes('entry data');
  const config = r.bool('entry config flag') ? readConfig(r) : null;
  if ((kind === 'config') !== (config !== null)) {
    throw new RaftCodecError(`a ${kind} entry ${config === null ? 'lacks' : 'has'} a config`);
  }
  if (index < 1) throw new RaftCodecError('entry index must be >= 1');
  return { index, term, kind, data, config };
}

function writeSnapshot(w: Writer, s: Snapshot): void {
  w.u64(s.index);
  w.u64(s.term);
  writeConfig(w, s.config);
  w.bytes(s.data);
}

function readSnapshot(r: Reader): Snapshot {
  const index = r.u64('snapshot index');
  const term = r.u64('snapshot term');
  const config = readConfig(r);
  const data = r.bytes('snapshot data');
  return { index, term, config, data };
}

export function encodeEntry(entry: Entry): Buffer {
  const w = new Writer();
  writeEntry(w, entry);
  return w.finish();
}

export function decodeEntry(bytes: Buffer): Entry {
  const r = new Reader(bytes);
  const entry = readEntry(r);
  r.end('entry');
  return entry;
}

export function encodeSnapshot(snapshot: Snapshot): Buffer {
  const w = new Writer();
  writeSnapshot(w, snapshot);
  return w.finish();
}

export function decodeSnapshot(bytes: Buffer): Snapshot {
  const r = new Reader(bytes);
  const snapshot = readSnapshot(r);
  r.end('snapshot');
  return snapshot;
}

export function encodeHardState(state: HardState): Buffer {
  const w = new Writer();
  w.u64(state.term);
  w.bool(state.votedFor !== null);
  if (state.votedFor !== null) w.nodeId(state.votedFor);
  return w.finish();
}

export function decodeHardState(bytes: Buffer): HardState {
  const r = new Reader(bytes);
  const term = r.u64('term');
  const votedFor = r.bool('vote flag') ? r.nodeId('votedFor') : null;
  r.end('hard state');
  return { term, votedFor };
}

export function encodeMessage(m: Message): Buffer {
  const w = new Writer();
  w.u8(MESSAGE_TAGS.indexOf(m.type));
  w.nodeId(m.from);
  w.nodeId(m.to);
  w.u64(m.term);
  switch (m.type) {
    case 'vote-request':
      w.bool(m.preVote);
      w.u64(m.lastLogIndex);
      w.u64(m.lastLogTerm);
      w.bool(m.transfer);
      break;
    case 'vote-response':
      w.bool(m.preVote);
      w.bool(m.granted);
      break;
    case 'append-request':
      w.u64(m.prevLogIndex);
      w.u64(m.prevLogTerm);
      w.u64(m.commitIndex);
      w.u32(m.entries.length);
      for (const e of m.entries) writeEntry(w, e);
      break;
    case 'append-response':
      w.bool(m.success);
      w.u64(m.matchIndex);
      w.u64(m.rejectedIndex);
      w.u64(m.conflictIndex);
      w.u64(m.conflictTerm);
      break;
    case 'heartbeat-request':
      w.u64(m.commitIndex);
      break;
    case 'snapshot-request':
      writeSnapshot(w, m.snapshot);
      break;
    case 'heartbeat-response':
    case 'timeout-now':
      break;
  }
  return w.finish();
}

export function decodeMessage(bytes: Buffer): Message {
  const r = new Reader(bytes);
  const tag = r.u8('message type');
  const type = MESSAGE_TAGS[tag];
  if (type === undefined) throw new RaftCodecError(`unknown message type ${tag}`);
  const from = r.nodeId('from');
  const to = r.nodeId('to');
  const term = r.u64('term');
  let m: Message;
  switch (type) {
    case 'vote-request':
      m = {
        type,
        from,
        to,
        term,
        preVote: r.bool('preVote'),
        lastLogIndex: r.u64('lastLogIndex'),
        lastLogTerm: r.u64('lastLogTerm'),
        transfer: r.bool('transfer'),
      };
      break;
    case 'vote-response':
      m = { type, from, to, term, preVote: r.bool('preVote'), granted: r.bool('granted') };
      break;
    case 'append-request': {
      const prevLogIndex = r.u64('prevLogIndex');
      const prevLogTerm = r.u64('prevLogTerm');
      const commitIndex = r.u64('commitIndex');
      const n = r.count('entry count', ENTRY_BYTES_MIN);
      const entries: Entry[] = [];
      for (let i = 0; i < n; i++) {
        const e = readEntry(r);
        if (e.index !== prevLogIndex + 1 + i) throw new RaftCodecError('append entries are not contiguous');
        entries.push(e);
      }
      m = { type, from, to, term, prevLogIndex, prevLogTerm, commitIndex, entries };
      break;
    }
    case 'append-response':
      m = {
        type,
        from,
        to,
        term,
        success: r.bool('success'),
        matchIndex: r.u64('matchIndex'),
        rejectedIndex: r.u64('rejectedIndex'),
        conflictIndex: r.u64('conflictIndex'),
        conflictTerm: r.u64('conflictTerm'),
      };
      break;
    case 'heartbeat-request':
      m = { type, from, to, term, commitIndex: r.u64('commitIndex') };
      break;
    case 'snapshot-request':
      m = { type, from, to, term, snapshot: readSnapshot(r) };
      break;
    case 'heartbeat-response':
    case 'timeout-now':
      m = { type, from, to, term };
      break;
  }
  r.end(type);
  return m;
}
