// Data side of a migration: a few workers copy the plan's partitions, one partition and one bounded
// fetch at a time, either as raw batches at their original offsets through the import API or
// re-produced on the target with each offset recorded in the offset map.
import { setTimeout as sleep } from 'node:timers/promises';
import {
  encodeRecordBatch,
  LAST_OFFSET_DELTA_OFFSET,
  RECORDS_COUNT_OFFSET,
  splitBatches,
} from '../../wire/record-batch/index.js';
import type { PartitionCheckpoint } from './checkpoint.js';
import type { ImportApi } from './import-api.js';
import { ErrorCode, type KafkaClient, KafkaError } from './kafka-client.js';
import { isPreserved, type MigrationContext } from './migration-context.js';
import type { MigrationPlan, TopicPlan } from './plan.js';
import { streamBatches } from './record-stream.js';

/**
 * Copies every partition of the plan up to `ends` (topic -> per-partition end offsets). Mirror
 * passes (`mirrorPass`) skip partitions the checkpoint shows as caught up and topics missing from
 * `ends`, and log a failing partition instead of stopping (the next pass retries it).
 */
export async function copyAll(
  ctx: MigrationContext,
  plan: MigrationPlan,
  ends: Map<string, number[]>,
  mirrorPass = false,
): Promise<void> {
  const queue: { topic: TopicPlan; partition: number }[] = [];
  for (const t of plan.topics) {
    if (t.action === 'conflict-partitions' || t.action === 'already-copied') continue;
    if (mirrorPass && !ends.has(t.name)) continue;
    for (let p = 0; p < t.partitions; p++) {
      // Mirror passes skip partitions the checkpoint shows as caught up (no request to either side).
      const done = ctx.deps.checkpoint.get(t.name, p)?.nextSourceOffset;
      if (mirrorPass && done !== undefined && done >= (ends.get(t.name)?.[p] ?? 0)) continue;
      queue.push({ topic: t, partition: p });
    }
  }
  const work = async () => {
    for (;;) {
      const item = queue.shift();
      if (item === undefined) return;
      const end = ends.get(item.topic.name)?.[item.partition] ?? 0;
      try {
        if (isPreserved(item.topic)) await copyPreserving(ctx, item.topic.name, item.partition, end);
        else await copyTranslating(ctx, item.topic.name, item.partition, end);
      } catch (error) {
        if (!mirrorPass) throw error;
        ctx.deps.ui.warn(
          `${item.topic.name}-${item.partition}: ${(error as Error).message}; retried on the next pass`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, ctx.options.workers) }, work));
}

/** Current source end offsets for every topic of the plan (mirror passes skip failing topics). */
export async function sourceEnds(
  ctx: MigrationContext,
  plan: MigrationPlan,
  mirrorPass = false,
): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  for (const t of plan.topics) {
    if (t.action === 'already-copied') continue;
    const ps = Array.from({ length: t.partitions }, (_, i) => i);
    try {
      const end = await ctx.deps.source.listOffsets(t.name, ps, 'latest');
      out.set(
        t.name,
        ps.map((p) => Number(end.get(p) ?? 0n)),
      );
    } catch (error) {
      if (!mirrorPass) throw error;
      ctx.deps.ui.warn(`topic ${t.name}: ${(error as Error).message}; retried on the next pass`);
    }
  }
  return out;
}

function importApi(ctx: MigrationContext): ImportApi {
  if (ctx.deps.importApi === null)
    throw new Error('--target-http and --import-token are needed to copy with offsets preserved');
  return ctx.deps.importApi;
}

async function copyPreserving(
  ctx: MigrationContext,
  topic: string,
  partition: number,
  end: number,
): Promise<void> {
  const { source, checkpoint, ui } = ctx.deps;
  const api = importApi(ctx);
  let state = await api.state(topic, partition);
  const srcStart = Number((await source.listOffsets(topic, [partition], 'earliest')).get(partition) ?? 0n);
  // DeleteRecords can put the log start inside a batch: the whole batch is copied, then the
  // target's log start is moved to the same offset as the source's.
  const firstBase = await batchStart(ctx, topic, partition, srcStart);
  if (state.logEndOffset === state.logStartOffset && state.logEndOffset < firstBase) {
    state = await api.setOffsets(topic, partition, firstBase, firstBase);
  } else if (firstBase > state.logEndOffset) {
    ui.warn(
      `${topic}-${partition}: source log start ${srcStart} is past the target log end ${state.logEndOffset}; records in between were deleted on the source before they were copied`,
    );
  }
  const previous = checkpoint.get(topic, partition);
  const ck: PartitionCheckpoint = {
    mode: 'preserve',
    nextSourceOffset: state.logEndOffset,
    records: previous?.records ?? 0,
    bytes: previous?.bytes ?? 0,
  };
  let pos = Math.max(state.logEndOffset, firstBase);
  let emptyFetches = 0;
  while (pos < end) {
    let fetched: Awaited<ReturnType<KafkaClient['fetch']>>;
    try {
      fetched = await source.fetch(
        topic,
        partition,
        BigInt(Math.max(pos, srcStart)),
        ctx.options.fetchMaxBytes,
      );
    } catch (error) {
      if (error instanceof KafkaError && error.code === ErrorCode.OFFSET_OUT_OF_RANGE) {
        const start = Number((await source.listOffsets(topic, [partition], 'earliest')).get(partition) ?? 0n);
        if (start > pos) {
          ui.warn(
            `${topic}-${partition}: offsets ${pos}..${start - 1} were deleted on the source before they were copied`,
          );
        }
        break;
      }
      throw error;
    }
    const { batches } = splitBatches(fetched.records);
    let first = -1;
    let records = 0;
    let lastOffset = -1;
    for (let i = 0; i < batches.length; i++) {
      const span = batches[i]!;
      if (span.magic !== 2) {
        throw new Error(
          `${topic}-${partition}: the source sent a magic ${span.magic} message set; only v2 batches can be imported`,
        );
      }
      const base = Number(fetched.records.readBigInt64BE(span.offset));
      const last = base + fetched.records.readInt32BE(span.offset + LAST_OFFSET_DELTA_OFFSET);
      if (base < pos) {
        if (last >= pos) ui.warn(`${topic}-${partition}: batch ${base}..${last} straddles ${pos}; skipped`);
        continue;
      }
      if (first < 0) first = span.offset;
      records += fetched.records.readInt32BE(span.offset + RECORDS_COUNT_OFFSET);
      lastOffset = last;
    }
    if (first < 0) {
      if (++emptyFetches >= 3) {
        ui.warn(`${topic}-${partition}: no batch between ${pos} and ${end} on the source`);
        break;
      }
      continue;
    }
    emptyFetches = 0;
    const body = fetched.records.subarray(first);
    const reply = await api.appendBatches(topic, partition, body);
    if (reply.logEndOffset !== lastOffset + 1) {
      throw new Error(
        `${topic}-${partition}: import acknowledged log end ${reply.logEndOffset}, expected ${lastOffset + 1}`,
      );
    }
    ui.advance(topic, reply.logEndOffset - pos, records, body.length);
    pos = reply.logEndOffset;
    ck.nextSourceOffset = pos;
    ck.records += records;
    ck.bytes += body.length;
    checkpoint.update(topic, partition, ck);
    if (ctx.options.appendDelayMs > 0) await sleep(ctx.options.appendDelayMs);
  }
  checkpoint.update(topic, partition, ck);
  if (state.logStartOffset < srcStart && srcStart <= pos) await api.setOffsets(topic, partition, srcStart);
}

/** Base offset of the source batch holding `offset` (`offset` itself when none does). */
async function batchStart(
  ctx: MigrationContext,
  topic: string,
  partition: number,
  offset: number,
): Promise<number> {
  const f = await ctx.deps.source.fetch(topic, partition, BigInt(offset), 64 * 1024).catch(() => null);
  if (f === null || f.records.length < 61) return offset;
  const base = Number(f.records.readBigInt64BE(0));
  const last = base + f.records.readInt32BE(LAST_OFFSET_DELTA_OFFSET);
  return base < offset && offset <= last ? base : offset;
}

async function copyTranslating(
  ctx: MigrationContext,
  topic: string,
  partition: number,
  end: number,
): Promise<void> {
  const { source, target, checkpoint, offsetMap, ui } = ctx.deps;
  const srcStart = Number((await source.listOffsets(topic, [partition], 'earliest')).get(partition) ?? 0n);
  const ck: PartitionCheckpoint = checkpoint.get(topic, partition) ?? {
    mode: 'translate',
    nextSourceOffset: srcStart,
    records: 0,
    bytes: 0,
  };
  const from = Math.max(ck.nextSourceOffset, srcStart);
  const reached = await streamBatches(
    source,
    topic,
    partition,
    from,
    end,
    { maxBytes: ctx.options.fetchMaxBytes, committedOnly: true },
    async ({ batch, sizeBytes }) => {
      const base = Number(batch.baseOffset);
      const records = batch.records.filter((r) => base + r.offsetDelta >= ck.nextSourceOffset);
      if (records.length > 0) {
        const encoded = encodeRecordBatch({
          compression: batch.compression,
          records: records.map((r, i) => ({
            key: r.key,
            value: r.value,
            headers: r.headers,
            timestamp: r.timestamp,
            offsetDelta: i,
          })),
        });
        const targetBase = Number(await target.produce(topic, partition, encoded));
        for (let i = 0; i < records.length; i++) {
          offsetMap.add(topic, partition, base + records[i]!.offsetDelta, targetBase + i);
        }
        if (ctx.deps.offsetMapPath !== null) offsetMap.save(ctx.deps.offsetMapPath);
      }
      const next = base + batch.lastOffsetDelta + 1;
      ui.advance(topic, next - ck.nextSourceOffset, records.length, sizeBytes);
      ck.nextSourceOffset = next;
      ck.records += records.length;
      ck.bytes += sizeBytes;
      checkpoint.update(topic, partition, ck);
    },
  );
  if (reached > ck.nextSourceOffset) {
    ck.nextSourceOffset = reached;
    checkpoint.update(topic, partition, ck);
  }
}
