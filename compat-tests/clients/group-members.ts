// Starts consumer-group members of every client as child processes (kafkajs, kcat -G,
// kafka-python, Java KafkaConsumer) and turns what they print into one shape: records delivered
// (partition, offset, key, value), the member's current assignment after each rebalance and, for
// clients that report them, the offsets each successful commit stored. A member can be stopped
// (SIGTERM: the client closes and leaves the group) or killed (SIGKILL: a crash, no LeaveGroup).
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fastStartJvmFlags, javaClasspath, javaCommand } from '../harness/java-client.js';
import { systemPython } from './kafka-python.js';

export type MemberClient = 'kafkajs' | 'kcat' | 'kafka-python' | 'java';
export type Assignor = 'range' | 'roundrobin' | 'cooperative-sticky';

export interface MemberOptions {
  bootstrap: string;
  group: string;
  topic: string;
  assignor: Assignor;
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  /** Static membership (group.instance.id); Java only. */
  instanceId?: string;
  clientId?: string;
  /** kafkajs only: delay each commit by this long, so a crash leaves delivered records uncommitted. */
  commitDelayMs?: number;
}

export interface Delivery {
  member: string;
  /** performance.now() when the test process read it. */
  at: number;
  partition: number;
  offset: number;
  key: Buffer | null;
  value: Buffer | null;
}

const clientsDir = import.meta.dirname;
const repoRoot = join(clientsDir, '..', '..');
const kcatFormat = '%p %o %K %S\\n%k%s\\n';

export class GroupMember {
  readonly deliveries: Delivery[] = [];
  /** The member's partitions after each rebalance callback, oldest first. */
  readonly assignments: number[][] = [];
  /** Next offset per partition from the member's latest successful commit (clients that report). */
  readonly committed = new Map<number, number>();
  /** Every reported commit with when the test process read it. */
  readonly commitLog: Array<{ at: number; partition: number; next: number }> = [];
  readonly reportsCommits: boolean;
  killed = false;
  readonly exited: Promise<number | null>;
  private stdoutPending: Buffer = Buffer.alloc(0);
  private stderrText = '';
  private stderrPending = '';

  constructor(
    readonly name: string,
    readonly client: MemberClient,
    private readonly child: ChildProcess,
  ) {
    this.reportsCommits = client !== 'kcat';
    this.exited = new Promise((resolve) => {
      child.once('exit', (code) => resolve(code));
      child.once('error', () => resolve(null));
    });
    child.stdout?.on('data', (chunk: Buffer) => this.onStdout(chunk));
    child.stderr?.on('data', (chunk: Buffer) => this.onStderr(chunk.toString('utf8')));
    const killOnExit = (): void => {
      child.kill('SIGKILL');
    };
    process.once('exit', killOnExit);
    void this.exited.then(() => process.removeListener('exit', killOnExit));
  }

  /** The highest offset this member had committed for `partition` by time `at` (0 if none). */
  committedBy(partition: number, at: number): number {
    let best = 0;
    for (const c of this.commitLog)
      if (c.partition === partition && c.at <= at) best = Math.max(best, c.next);
    return best;
  }

  /** The latest assignment ([] before the first rebalance). */
  current(): number[] {
    return this.assignments[this.assignments.length - 1] ?? [];
  }

  isRunning(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  stderr(): string {
    return this.stderrText;
  }

  /** SIGTERM (the client closes, commits and leaves); SIGKILL after `graceMs`. Returns the exit code. */
  async stop(graceMs = 20_000): Promise<number | null> {
    if (this.isRunning()) this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }

  /** SIGKILL: the member vanishes without LeaveGroup or a final commit. */
  async kill(): Promise<void> {
    this.killed = true;
    this.child.kill('SIGKILL');
    await this.exited;
  }

  private onStdout(chunk: Buffer): void {
    this.stdoutPending = this.stdoutPending.length === 0 ? chunk : Buffer.concat([this.stdoutPending, chunk]);
    this.stdoutPending =
      this.client === 'kcat' ? this.parseKcat(this.stdoutPending) : this.parseJson(this.stdoutPending);
  }

  private parseJson(buffer: Buffer): Buffer {
    let at = 0;
    for (let eol = buffer.indexOf(0x0a, at); eol >= 0; eol = buffer.indexOf(0x0a, at)) {
      const line = buffer.toString('utf8', at, eol).trim();
      at = eol + 1;
      if (line.startsWith('{')) this.onEvent(JSON.parse(line) as MemberEvent);
    }
    return buffer.subarray(at);
  }

  /** kcatFormat: "p o keyLen valueLen\n" + key + value + "\n"; returns the unparsed tail. */
  private parseKcat(buffer: Buffer): Buffer {
    let at = 0;
    for (;;) {
      const eol = buffer.indexOf(0x0a, at);
      if (eol < 0) return buffer.subarray(at);
      const match = /^(\d+) (\d+) (-?\d+) (-?\d+)$/.exec(buffer.toString('utf8', at, eol));
      if (!match) throw new Error(`${this.name}: unexpected kcat line ${buffer.toString('utf8', at, eol)}`);
      const keyLength = Number(match[3]);
      const valueLength = Number(match[4]);
      const end = eol + 1 + Math.max(0, keyLength) + Math.max(0, valueLength) + 1;
      if (buffer.length < end) return buffer.subarray(at);
      const keyAt = eol + 1;
      const valueAt = keyAt + Math.max(0, keyLength);
      this.deliveries.push({
        member: this.name,
        at: performance.now(),
        partition: Number(match[1]),
        offset: Number(match[2]),
        key: keyLength < 0 ? null : Buffer.from(buffer.subarray(keyAt, valueAt)),
        value: valueLength < 0 ? null : Buffer.from(buffer.subarray(valueAt, valueAt + valueLength)),
      });
      at = end;
    }
  }

  private onStderr(text: string): void {
    this.stderrText += text;
    if (this.stderrText.length > 1_000_000) this.stderrText = this.stderrText.slice(-500_000);
    if (this.client !== 'kcat') return;
    this.stderrPending += text;
    const lines = this.stderrPending.split('\n');
    this.stderrPending = lines.pop() ?? '';
    for (const line of lines) {
      // "% Group g rebalanced (memberid m): assigned: topic [0], topic [3]" / "...: revoked: ..."
      const match = /rebalanced \(memberid [^)]*\): (assigned|revoked): ?(.*)$/.exec(line);
      if (!match) continue;
      const parts =
        match[1] === 'assigned' ? [...(match[2] ?? '').matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])) : [];
      this.assignments.push(parts.sort((a, b) => a - b));
    }
  }

  private onEvent(event: MemberEvent): void {
    if (event.e === 'assigned') this.assignments.push(event.parts);
    else if (event.e === 'rec') {
      this.deliveries.push({
        member: this.name,
        at: performance.now(),
        partition: event.p,
        offset: event.o,
        key: event.k === null ? null : Buffer.from(event.k, 'base64'),
        value: event.v === null ? null : Buffer.from(event.v, 'base64'),
      });
    } else if (event.e === 'commit') {
      for (const [p, next] of Object.entries(event.offsets)) {
        const partition = Number(p);
        this.committed.set(partition, Math.max(this.committed.get(partition) ?? 0, next));
        this.commitLog.push({ at: performance.now(), partition, next });
      }
    }
  }
}

type MemberEvent =
  | { e: 'assigned'; parts: number[] }
  | { e: 'rec'; p: number; o: number; k: string | null; v: string | null }
  | { e: 'commit'; offsets: Record<string, number> };

/** Starts one member of `client` in its own process. */
export async function startMember(
  name: string,
  client: MemberClient,
  options: MemberOptions,
): Promise<GroupMember> {
  const clientId = options.clientId ?? `gossip-compat-${client}-${name}`;
  const session = String(options.sessionTimeoutMs);
  const heartbeat = String(options.heartbeatIntervalMs);
  if (options.instanceId !== undefined && client !== 'java')
    throw new Error('static membership is driven through Java only');
  if (client === 'kafkajs') {
    if (options.assignor === 'cooperative-sticky') throw new Error('kafkajs has no cooperative assignor');
    const config = {
      bootstrap: options.bootstrap,
      group: options.group,
      topic: options.topic,
      assignor: options.assignor,
      sessionTimeoutMs: options.sessionTimeoutMs,
      heartbeatIntervalMs: options.heartbeatIntervalMs,
      clientId,
      commitDelayMs: options.commitDelayMs,
    };
    const script = join(clientsDir, 'group-kafkajs-member.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(config)], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new GroupMember(name, client, child);
  }
  if (client === 'kcat') {
    const args = ['-b', options.bootstrap, '-G', options.group, '-u', '-f', kcatFormat];
    const props = {
      'client.id': clientId,
      'partition.assignment.strategy': options.assignor,
      'session.timeout.ms': session,
      'heartbeat.interval.ms': heartbeat,
      'auto.offset.reset': 'earliest',
      'enable.auto.commit': 'true',
      'auto.commit.interval.ms': '200',
    };
    for (const [key, value] of Object.entries(props)) args.push('-X', `${key}=${value}`);
    args.push(options.topic);
    return new GroupMember(name, client, spawn('kcat', args, { stdio: ['ignore', 'pipe', 'pipe'] }));
  }
  if (client === 'kafka-python') {
    if (options.assignor === 'cooperative-sticky')
      throw new Error('kafka-python 2.0.2 has no cooperative assignor');
    const args = ['-B', join(clientsDir, 'python_group.py'), '--bootstrap', options.bootstrap];
    args.push('--group', options.group, '--topic', options.topic, '--assignor', options.assignor);
    args.push('--session-ms', session, '--heartbeat-ms', heartbeat, '--client-id', clientId);
    return new GroupMember(name, client, spawn(systemPython, args, { stdio: ['ignore', 'pipe', 'pipe'] }));
  }
  const classpath = await javaClasspath();
  const args = ['-Xmx192m', ...fastStartJvmFlags, '-cp', classpath, 'gossip.compat.GroupConsumer'];
  args.push('--bootstrap', options.bootstrap, '--group', options.group, '--topic', options.topic);
  args.push(
    '--assignor',
    options.assignor,
    '--session-ms',
    session,
    '--heartbeat-ms',
    heartbeat,
    '--client-id',
    clientId,
  );
  if (options.instanceId !== undefined) args.push('--instance-id', options.instanceId);
  return new GroupMember(name, client, spawn(javaCommand(), args, { stdio: ['ignore', 'pipe', 'pipe'] }));
}
