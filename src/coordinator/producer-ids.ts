// Producer ids for InitProducerId, after Kafka's RPCProducerIdManager: the broker hands out ids from
// a block of 1000 that the metadata controller allocated to it (a ProducerIdsRecord in the metadata
// log, so no id is ever reused after a restart), and asks for the next block once 90% of the current
// one is used. One block request is in flight at a time; callers that find the block empty wait.

/** What the InitProducerId handler needs: fresh, never reused producer ids. */
export interface ProducerIdService {
  /** A producer id never handed out before (its epoch starts at 0). Rejects when no block can be had. */
  generateProducerId(): Promise<bigint>;
}

export interface ProducerIdBlockSource {
  /** Allocates the next block for this broker (MetadataController.allocateProducerIds). */
  allocateProducerIds(brokerId: number): Promise<{ firstProducerId: number; size: number }>;
}

/** Fraction of a block used before the next one is requested. */
const PREFETCH_AT = 0.9;

interface Block {
  first: number;
  end: number;
}

export class ProducerIdManager implements ProducerIdService {
  private current: Block | null = null;
  private next = 0;
  private prefetched: Block | null = null;
  private fetching: Promise<void> | null = null;

  constructor(
    private readonly brokerId: number,
    private readonly source: ProducerIdBlockSource,
  ) {}

  async generateProducerId(): Promise<bigint> {
    for (;;) {
      const block = this.current;
      if (block !== null && this.next < block.end) {
        const id = this.next++;
        if (id - block.first >= (block.end - block.first) * PREFETCH_AT) void this.fetch().catch(() => {});
        return BigInt(id);
      }
      if (this.prefetched !== null) {
        this.current = this.prefetched;
        this.next = this.prefetched.first;
        this.prefetched = null;
        continue;
      }
      await this.fetch();
    }
  }

  /** Requests the next block unless one is already on its way or waiting. */
  private fetch(): Promise<void> {
    if (this.prefetched !== null) return Promise.resolve();
    this.fetching ??= this.source.allocateProducerIds(this.brokerId).then(
      (b) => {
        this.fetching = null;
        this.prefetched = { first: b.firstProducerId, end: b.firstProducerId + b.size };
      },
      (err: unknown) => {
        this.fetching = null;
        throw err;
      },
    );
    return this.fetching;
  }
}
