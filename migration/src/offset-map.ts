// Offset map for partitions copied by re-producing (target not empty): runs of consecutive source
// offsets and where they landed on the target. Used to translate committed group offsets, and
// written to a JSON file for operators (source offset -> target offset ranges).
import { existsSync, readFileSync } from 'node:fs';
import { writeJsonAtomic } from './checkpoint.js';

/** Source offsets [source, source + count) became target offsets [target, target + count). */
export interface OffsetRun {
  source: number;
  target: number;
  count: number;
}

export class OffsetMap {
  private readonly runs = new Map<string, OffsetRun[]>();

  static load(path: string): OffsetMap {
    const map = new OffsetMap();
    if (!existsSync(path)) return map;
    const json = JSON.parse(readFileSync(path, 'utf8')) as { partitions: Record<string, OffsetRun[]> };
    for (const [k, v] of Object.entries(json.partitions ?? {})) map.runs.set(k, v);
    return map;
  }

  save(path: string): void {
    writeJsonAtomic(path, { version: 1, partitions: Object.fromEntries(this.runs) });
  }

  has(topic: string, partition: number): boolean {
    return this.runs.has(`${topic}/${partition}`);
  }

  /** Records that source offset `source` was written at target offset `target`. */
  add(topic: string, partition: number, source: number, target: number): void {
    const key = `${topic}/${partition}`;
    let list = this.runs.get(key);
    if (list === undefined) {
      list = [];
      this.runs.set(key, list);
    }
    const last = list[list.length - 1];
    if (last !== undefined && last.source + last.count === source && last.target + last.count === target) {
      last.count++;
      return;
    }
    if (last !== undefined && source < last.source + last.count) {
      throw new Error(
        `offset map ${key}: source offset ${source} is not after ${last.source + last.count - 1}`,
      );
    }
    list.push({ source, target, count: 1 });
  }

  /**
   * The target offset a consumer positioned at source offset `offset` (the next record it would
   * read) must use: the target offset of the first copied record at or after it, or `targetEnd`
   * when no copied record follows. Null when the partition has no map.
   */
  translate(topic: string, partition: number, offset: number, targetEnd: number): number | null {
    const list = this.runs.get(`${topic}/${partition}`);
    if (list === undefined) return null;
    for (const run of list) {
      if (offset < run.source) return run.target;
      if (offset < run.source + run.count) return run.target + (offset - run.source);
    }
    return targetEnd;
  }

  runsOf(topic: string, partition: number): readonly OffsetRun[] {
    return this.runs.get(`${topic}/${partition}`) ?? [];
  }
}
