// What every groups test needs around its members: a topic with a known record log (records from
// the data-path generator, produced with kafkajs so partition p's o-th record is at offset o), waits
// for a balanced assignment and for full consumption, and the delivery check: every record seen
// with its exact key and value, a second delivery only of a record its first consumer had not
// committed (at-least-once), and committed offsets at the log end once the group is done.
import type { ExecutionContext } from 'ava';
import { Kafka, logLevel } from 'kafkajs';
import type { Delivery, GroupMember } from '../clients/group-members.js';
import { kafkajsProduce } from '../clients/kafkajs-produce.js';
import { generateRecords, type TestRecord } from '../data-path/records.js';

export const sessionTimeoutMs = 6_000;
export const heartbeatIntervalMs = 1_000;

export function kafkaClient(bootstrap: string): Kafka {
  return new Kafka({
    clientId: 'gossip-compat-groups',
    brokers: [bootstrap],
    logLevel: logLevel.NOTHING,
    connectionTimeout: 5_000,
    retry: { initialRetryTime: 100, maxRetryTime: 1_000, retries: 10 },
  });
}

/** The records of one topic by partition, in offset order, as the test produced them. */
export class TopicLog {
  readonly byPartition: TestRecord[][];
  private seed: number;

  constructor(
    readonly topic: string,
    readonly partitions: number,
    seed: number,
  ) {
    this.byPartition = Array.from({ length: partitions }, () => []);
    this.seed = seed;
  }

  /** Creates the topic with `partitions` partitions. */
  async create(bootstrap: string): Promise<void> {
    const admin = kafkaClient(bootstrap).admin();
    await admin.connect();
    try {
      await admin.createTopics({
        topics: [{ topic: this.topic, numPartitions: this.partitions, replicationFactor: 1 }],
        waitForLeaders: true,
      });
    } finally {
      await admin.disconnect();
    }
  }

  /** Produces `count` more generated records and remembers where each one lands. */
  async produce(bootstrap: string, count: number): Promise<TestRecord[]> {
    const records = generateRecords({ count, seed: this.seed++, partitions: this.partitions });
    await kafkajsProduce({ bootstrap, topic: this.topic, records, codec: 'none', chunk: 500 });
    for (const r of records) this.byPartition[r.partition]?.push(r);
    return records;
  }

  /** Log end offset of every partition. */
  ends(): number[] {
    return this.byPartition.map((records) => records.length);
  }

  total(): number {
    return this.byPartition.reduce((sum, records) => sum + records.length, 0);
  }
}

/** Polls `condition` every 100 ms; throws with `describe()` after `timeoutMs`. */
export async function waitFor(
  what: string,
  condition: () => boolean,
  timeoutMs: number,
  describe: () => string = () => '',
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}\n${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function describeMembers(members: readonly GroupMember[]): string {
  return members
    .map((m) => {
      const tail = m.stderr().trim().split('\n').slice(-8).join('\n    ');
      const committed = JSON.stringify(Object.fromEntries(m.committed));
      const next = new Map<number, number>();
      for (const d of m.deliveries) next.set(d.partition, Math.max(next.get(d.partition) ?? 0, d.offset + 1));
      const delivered = JSON.stringify(Object.fromEntries([...next].sort((a, b) => a[0] - b[0])));
      return `${m.name} (${m.client}, running=${m.isRunning()}): assignments ${JSON.stringify(m.assignments)}, ${m.deliveries.length} records up to ${delivered}, committed ${committed}\n    ${tail}`;
    })
    .join('\n');
}

/**
 * True when the members' current assignments are disjoint, cover 0..partitions-1 and (with no
 * more members than partitions) leave no member idle.
 */
export function balanced(members: readonly GroupMember[], partitions: number): boolean {
  const seen = new Set<number>();
  for (const m of members) {
    if (members.length <= partitions && m.current().length === 0) return false;
    for (const p of m.current()) {
      if (seen.has(p)) return false;
      seen.add(p);
    }
  }
  return seen.size === partitions;
}

/** Waits until `members` (the live ones) split all partitions between them. */
export async function waitBalanced(
  members: readonly GroupMember[],
  partitions: number,
  timeoutMs = 45_000,
): Promise<void> {
  await waitFor(
    `a balanced assignment of ${partitions} partitions`,
    () => balanced(members, partitions),
    timeoutMs,
    () => describeMembers(members),
  );
}

/**
 * Every (partition, offset) of the log from `from[partition]` (default 0: the whole log) on was
 * delivered at least once by some member.
 */
export function allDelivered(
  members: readonly GroupMember[],
  log: TopicLog,
  from: readonly number[] = [],
): boolean {
  const seen = log.byPartition.map(() => new Set<number>());
  for (const m of members)
    for (const d of m.deliveries) if (d.offset >= (from[d.partition] ?? 0)) seen[d.partition]?.add(d.offset);
  return seen.every((offsets, p) => offsets.size >= (log.byPartition[p]?.length ?? 0) - (from[p] ?? 0));
}

export async function waitAllDelivered(
  members: readonly GroupMember[],
  log: TopicLog,
  from: readonly number[] = [],
  timeoutMs = 60_000,
): Promise<void> {
  await waitFor(
    `all ${log.total()} records delivered`,
    () => allDelivered(members, log, from),
    timeoutMs,
    () => describeMembers(members),
  );
}

function same(a: Buffer | null, b: Buffer | null): boolean {
  return a === null || b === null ? a === b : a.equals(b);
}

export interface CheckOptions {
  exactlyOnce: boolean;
  /** Per partition, the committed offset the members started from: nothing below may arrive. */
  from?: readonly number[];
}

export interface DeliveryReport {
  records: number;
  deliveries: number;
  duplicates: number;
  problems: string[];
}

/**
 * Checks every delivery against the log record by record and applies the at-least-once rule: a
 * record may be delivered again only if, when the repeat happened, the member that first
 * delivered it had not committed past it (or was killed, for a client that does not report
 * commits). With `exactlyOnce`, any repeat is a problem; with `from`, so is any record below it.
 */
export function checkDeliveries(
  members: readonly GroupMember[],
  log: TopicLog,
  options: CheckOptions,
): DeliveryReport {
  const from = options.from ?? [];
  const problems: string[] = [];
  const byName = new Map(members.map((m) => [m.name, m]));
  const all: Delivery[] = members.flatMap((m) => m.deliveries).sort((a, b) => a.at - b.at);
  const first = new Map<string, Delivery>();
  let duplicates = 0;
  for (const d of all) {
    const expected = log.byPartition[d.partition]?.[d.offset];
    if (expected === undefined) {
      problems.push(`${d.member} delivered ${d.partition}@${d.offset}, which was never produced`);
      continue;
    }
    if (!same(expected.key, d.key) || !same(expected.value, d.value)) {
      problems.push(`${d.member} delivered ${d.partition}@${d.offset} with a different key or value`);
    }
    if (d.offset < (from[d.partition] ?? 0)) {
      problems.push(
        `${d.member} delivered ${d.partition}@${d.offset}, below the committed offset it started from`,
      );
    }
    const id = `${d.partition}@${d.offset}`;
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, d);
      continue;
    }
    duplicates++;
    const owner = byName.get(earlier.member);
    const allowed =
      !options.exactlyOnce &&
      owner !== undefined &&
      (owner.reportsCommits ? owner.committedBy(d.partition, d.at) <= d.offset : owner.killed);
    if (!allowed) {
      problems.push(`${id} delivered by ${earlier.member} and again by ${d.member} though it was committed`);
    }
  }
  for (const [p, records] of log.byPartition.entries()) {
    for (let o = from[p] ?? 0; o < records.length; o++) {
      if (!first.has(`${p}@${o}`)) problems.push(`record ${p}@${o} was never delivered`);
    }
  }
  return { records: log.total(), deliveries: all.length, duplicates, problems: problems.slice(0, 30) };
}

export function assertDeliveries(
  t: ExecutionContext,
  members: readonly GroupMember[],
  log: TopicLog,
  options: CheckOptions,
): DeliveryReport {
  const report = checkDeliveries(members, log, options);
  t.deepEqual(report.problems, [], 'delivery problems');
  t.log(`${report.records} records, ${report.deliveries} deliveries, ${report.duplicates} re-deliveries`);
  return report;
}

/**
 * The group's committed offset per partition (-1 where none), through kafkajs admin fetchOffsets;
 * retries retriable errors (a coordinator still loading its offsets after a restart) for 30 s.
 */
export async function committedOffsets(bootstrap: string, group: string, log: TopicLog): Promise<number[]> {
  const admin = kafkaClient(bootstrap).admin();
  await admin.connect();
  const deadline = performance.now() + 30_000;
  try {
    for (;;) {
      try {
        const [topic] = await admin.fetchOffsets({ groupId: group, topics: [log.topic] });
        const out = log.byPartition.map(() => -1);
        for (const p of topic?.partitions ?? []) out[p.partition] = Number(p.offset);
        return out;
      } catch (error) {
        if (!(error as { retriable?: boolean }).retriable || performance.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  } finally {
    await admin.disconnect();
  }
}

/** Stops every member (SIGTERM, a clean leave) in parallel and waits for each to exit. */
export async function stopAll(members: readonly GroupMember[]): Promise<void> {
  await Promise.all(members.map((m) => (m.isRunning() ? m.stop() : m.exited)));
}

/** Runs `step` and logs its duration under `label` (reported, never asserted). */
export async function timed<T>(t: ExecutionContext, label: string, step: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await step();
  } finally {
    t.log(`${label}: ${Math.round(performance.now() - started)} ms`);
  }
}
