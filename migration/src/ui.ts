// Output of a run: log lines (text on stderr, or JSON lines on stdout with --log-format json) and
// progress per topic (cli-progress bars with records/s, MB/s and ETA when stdout is a TTY; nothing
// with --quiet; periodic JSON progress events in JSON mode).
import cliProgress from 'cli-progress';
import { SystemClock } from '../../src/common/clock.js';

export interface UiOptions {
  quiet: boolean;
  json: boolean;
  tty: boolean;
}

interface TopicProgress {
  total: number;
  done: number;
  records: number;
  bytes: number;
  startedMs: number;
  bar: cliProgress.SingleBar | null;
  lastEventMs: number;
}

export class Ui {
  private readonly clock = new SystemClock();
  private readonly topics = new Map<string, TopicProgress>();
  private multi: cliProgress.MultiBar | null = null;

  constructor(readonly options: UiOptions) {}

  log(message: string, fields: Record<string, unknown> = {}): void {
    if (this.options.json) {
      process.stdout.write(
        `${JSON.stringify({ time: new Date(this.clock.nowMs()).toISOString(), msg: message, ...fields })}\n`,
      );
      return;
    }
    if (this.options.quiet) return;
    const extra = Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : '';
    if (this.multi !== null) this.multi.log(`${message}${extra}\n`);
    else process.stderr.write(`${message}${extra}\n`);
  }

  warn(message: string, fields: Record<string, unknown> = {}): void {
    if (this.options.json) this.log(message, { level: 'warn', ...fields });
    else if (this.multi !== null) this.multi.log(`warning: ${message}\n`);
    else
      process.stderr.write(
        `warning: ${message}${Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : ''}\n`,
      );
  }

  /** Prints a block (plan, report) on stdout unless JSON mode. */
  print(text: string): void {
    if (!this.options.json) process.stdout.write(text);
  }

  private bars(): boolean {
    return this.options.tty && !this.options.quiet && !this.options.json;
  }

  startTopic(topic: string, totalOffsets: number): void {
    const now = this.clock.monotonicMs();
    let bar: cliProgress.SingleBar | null = null;
    if (this.bars()) {
      this.multi ??= new cliProgress.MultiBar(
        {
          format:
            '{topic} [{bar}] {percentage}% | {value}/{total} offsets | {rps} rec/s | {mbps} MB/s | ETA {eta_formatted}',
          hideCursor: true,
          clearOnComplete: false,
          etaBuffer: 50,
        },
        cliProgress.Presets.shades_classic,
      );
      bar = this.multi.create(Math.max(totalOffsets, 1), 0, {
        topic: topic.padEnd(24).slice(0, 24),
        rps: '0',
        mbps: '0.00',
      });
    }
    this.topics.set(topic, {
      total: totalOffsets,
      done: 0,
      records: 0,
      bytes: 0,
      startedMs: now,
      bar,
      lastEventMs: now,
    });
  }

  /** Adds copied offsets, records and bytes to a topic's progress. */
  advance(topic: string, offsets: number, records: number, bytes: number): void {
    const p = this.topics.get(topic);
    if (p === undefined) return;
    p.done += offsets;
    p.records += records;
    p.bytes += bytes;
    const now = this.clock.monotonicMs();
    const seconds = Math.max((now - p.startedMs) / 1000, 0.001);
    const rps = Math.round(p.records / seconds);
    const mbps = (p.bytes / 1e6 / seconds).toFixed(2);
    if (p.done > p.total) p.total = p.done;
    if (p.bar !== null) {
      p.bar.setTotal(Math.max(p.total, 1));
      p.bar.update(p.done, { rps: String(rps), mbps });
    } else if (this.options.json && now - p.lastEventMs >= 1000) {
      p.lastEventMs = now;
      this.log('progress', {
        topic,
        offsetsDone: p.done,
        offsetsTotal: p.total,
        recordsPerSec: rps,
        mbPerSec: Number(mbps),
      });
    }
  }

  /** Grows a topic's total (mirroring: the source kept growing). */
  extend(topic: string, moreOffsets: number): void {
    const p = this.topics.get(topic);
    if (p !== undefined) p.total += moreOffsets;
  }

  topicStats(topic: string): { records: number; bytes: number } {
    const p = this.topics.get(topic);
    return { records: p?.records ?? 0, bytes: p?.bytes ?? 0 };
  }

  stopBars(): void {
    this.multi?.stop();
    this.multi = null;
    for (const p of this.topics.values()) p.bar = null;
  }
}
