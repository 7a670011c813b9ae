// The transaction index of one segment (`<base>.txnindex`), after Kafka's TransactionIndex: one entry
// per aborted transaction whose ABORT marker lies in the segment, in marker order. read_committed
// fetches collect the entries overlapping the fetched range so consumers can drop aborted records.
// Entry layout (Kafka's): version int16, producerId int64, firstOffset int64, lastOffset int64
// (the marker's offset), lastStableOffset int64 (the LSO once the transaction completed).

export const TXN_INDEX_SUFFIX = '.txnindex';
export const TXN_INDEX_ENTRY_BYTES = 34;
const VERSION = 0;

export interface AbortedTxn {
  readonly producerId: bigint;
  readonly firstOffset: number;
  readonly lastOffset: number;
  readonly lastStableOffset: number;
}

export class TxnIndex {
  private list: AbortedTxn[] = [];

  get entries(): readonly AbortedTxn[] {
    return this.list;
  }

  get size(): number {
    return this.list.length;
  }

  /** Adds an entry; one for a marker offset already present (a replayed marker) is ignored. */
  append(entry: AbortedTxn): boolean {
    const last = this.list[this.list.length - 1];
    if (last !== undefined && entry.lastOffset <= last.lastOffset) {
      if (this.list.some((e) => e.lastOffset === entry.lastOffset)) return false;
      this.list.push(entry);
      this.list.sort((a, b) => a.lastOffset - b.lastOffset);
      return true;
    }
    this.list.push(entry);
    return true;
  }

  /** Drops entries whose marker is at or after `offset` (their batches are not in the log). */
  truncateTo(offset: number): number {
    const before = this.list.length;
    this.list = this.list.filter((e) => e.lastOffset < offset);
    return before - this.list.length;
  }

  /**
   * Entries overlapping [fetchOffset, upperBoundOffset), as Kafka's collectAbortedTxns; `complete`
   * says an entry's LSO reached the upper bound, so later segments need not be searched.
   */
  collect(fetchOffset: number, upperBoundOffset: number, out: AbortedTxn[]): boolean {
    for (const e of this.list) {
      if (e.lastOffset >= fetchOffset && e.firstOffset < upperBoundOffset) out.push(e);
      if (e.lastStableOffset >= upperBoundOffset) return true;
    }
    return false;
  }

  bytes(): Buffer {
    const buf = Buffer.alloc(this.list.length * TXN_INDEX_ENTRY_BYTES);
    let p = 0;
    for (const e of this.list) {
      buf.writeInt16BE(VERSION, p);
      buf.writeBigInt64BE(e.producerId, p + 2);
      buf.writeBigInt64BE(BigInt(e.firstOffset), p + 10);
      buf.writeBigInt64BE(BigInt(e.lastOffset), p + 18);
      buf.writeBigInt64BE(BigInt(e.lastStableOffset), p + 26);
      p += TXN_INDEX_ENTRY_BYTES;
    }
    return buf;
  }

  /**
   * Loads stored bytes; a torn last entry is dropped. Returns a problem (the index must be rebuilt)
   * or null.
   */
  static decode(buf: Buffer): { index: TxnIndex; problem: string | null } {
    const index = new TxnIndex();
    const count = Math.floor(buf.length / TXN_INDEX_ENTRY_BYTES);
    let last = -1;
    for (let i = 0; i < count; i++) {
      const p = i * TXN_INDEX_ENTRY_BYTES;
      const version = buf.readInt16BE(p);
      if (version !== VERSION)
        return { index, problem: `unknown transaction index entry version ${version}` };
      const entry: AbortedTxn = {
        producerId: buf.readBigInt64BE(p + 2),
        firstOffset: Number(buf.readBigInt64BE(p + 10)),
        lastOffset: Number(buf.readBigInt64BE(p + 18)),
        lastStableOffset: Number(buf.readBigInt64BE(p + 26)),
      };
      if (entry.lastOffset <= last || entry.firstOffset > entry.lastOffset) {
        return { index, problem: 'transaction index entries out of order' };
      }
      last = entry.lastOffset;
      index.list.push(entry);
    }
    return { index, problem: null };
  }
}
