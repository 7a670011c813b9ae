// A binary min-heap of timed simulator events. Ties break by insertion sequence, so a run is a pure
// function of its seed: no two events ever compare equal.
export interface TimedEvent {
  time: number;
  seq: number;
}

export class EventQueue<E extends TimedEvent> {
  private readonly heap: E[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(event: Omit<E, 'seq'>): void {
    const e = event as E;
    e.seq = this.seq++;
    const heap = this.heap;
    heap.push(e);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(e, heap[parent]!)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = e;
  }

  pop(): E | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let i = 0;
    const n = heap.length;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && before(heap[right]!, heap[left]!) ? right : left;
      if (!before(heap[child]!, last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
    return top;
  }
}

function before(a: TimedEvent, b: TimedEvent): boolean {
  return a.time < b.time || (a.time === b.time && a.seq < b.seq);
}
