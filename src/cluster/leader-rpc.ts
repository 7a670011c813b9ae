// Calls "to whichever node leads the metadata quorum": on the leader itself the call runs locally
// once leaderReady() resolves; elsewhere it travels as JSON over QuorumLog.request to the leader,
// which answers with the result, an error text, or "not leader" (then the caller retries with the
// leader it hears of next) until a deadline. One request handler per node routes by `kind`.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Clock } from '../common/clock.js';
import { NotLeaderError, type QuorumLog } from '../metadata/quorum.js';

/** Runs a call on the leader; throwing NotLeaderError makes the caller retry elsewhere. */
export type LeaderHandler = (fromNodeId: number, payload: unknown) => Promise<unknown>;

export interface LeaderRpcOptions {
  clock: Clock;
  /** Timeout of one request to the leader. Default 5000. */
  requestTimeoutMs?: number;
  /** Pause before retrying when no leader is known or it could not be reached. Default 100. */
  retryBackoffMs?: number;
}

interface RequestFrame {
  kind: string;
  payload: unknown;
}

type ReplyFrame = { ok: unknown } | { notLeader: number | null } | { error: string };
type SendOutcome = ReplyFrame | { unreachable: string };

/** The error a remote leader's handler threw, as text. */
export class LeaderCallError extends Error {
  override readonly name = 'LeaderCallError';
}

export class LeaderRpc {
  private readonly handlers = new Map<string, LeaderHandler>();
  private readonly requestTimeoutMs: number;
  private readonly retryBackoffMs: number;
  private closed = false;

  constructor(
    readonly quorum: QuorumLog,
    private readonly options: LeaderRpcOptions,
  ) {
    this.requestTimeoutMs = options.requestTimeoutMs ?? 5000;
    this.retryBackoffMs = options.retryBackoffMs ?? 100;
    quorum.handleRequests((from, body) => this.serve(from, body));
  }

  /** Installs the leader-side handler for requests of `kind`. */
  handle(kind: string, handler: LeaderHandler): void {
    this.handlers.set(kind, handler);
  }

  /** True when this node is the quorum leader and has caught up with everything committed before. */
  async isReadyLeader(): Promise<boolean> {
    if (this.quorum.leaderId() !== this.quorum.nodeId) return false;
    try {
      await this.quorum.leaderReady();
      return true;
    } catch (error) {
      if (error instanceof NotLeaderError) return false;
      throw error;
    }
  }

  /**
   * Runs `local` if this node leads, else sends (kind, payload) to the leader and returns the
   * handler's result. Retries on a leader change or an unreachable leader until `timeoutMs` passes,
   * then rejects with NotLeaderError; an error the leader's handler threw rejects as LeaderCallError.
   */
  async call(
    kind: string,
    payload: unknown,
    local: () => Promise<unknown>,
    timeoutMs: number,
  ): Promise<unknown> {
    const deadline = this.options.clock.monotonicMs() + timeoutMs;
    let lastProblem = '';
    for (;;) {
      if (this.closed) throw new Error('the metadata quorum client is closed');
      const leader = this.quorum.leaderId();
      if (leader === this.quorum.nodeId) {
        try {
          await this.quorum.leaderReady();
          return await local();
        } catch (error) {
          if (!(error instanceof NotLeaderError)) throw error;
          lastProblem = error.message;
        }
      } else if (leader !== null) {
        const remaining = Math.max(1, deadline - this.options.clock.monotonicMs());
        const reply = await this.send(leader, { kind, payload }, Math.min(remaining, this.requestTimeoutMs));
        if ('ok' in reply) return reply.ok;
        if ('error' in reply) throw new LeaderCallError(reply.error);
        if ('unreachable' in reply) lastProblem = `node ${leader}: ${reply.unreachable}`;
        else lastProblem = `node ${leader} answered that it is not the leader`;
        // Our view of the leader moved on while we waited: try the new one at once.
        const now = this.options.clock.monotonicMs();
        if (this.quorum.leaderId() !== leader && this.quorum.leaderId() !== null && now < deadline) continue;
      } else {
        lastProblem = 'no metadata quorum leader is known';
      }
      const remaining = deadline - this.options.clock.monotonicMs();
      if (remaining <= 0) {
        const error = new NotLeaderError(this.quorum.leaderId());
        if (lastProblem !== '') error.message = `${error.message} (${lastProblem})`;
        throw error;
      }
      await this.leaderChangeOrPause(Math.min(remaining, this.retryBackoffMs));
    }
  }

  close(): void {
    this.closed = true;
  }

  private async send(to: number, frame: RequestFrame, timeoutMs: number): Promise<SendOutcome> {
    try {
      const body = await this.quorum.request(to, Buffer.from(JSON.stringify(frame)), timeoutMs);
      return JSON.parse(body.toString('utf8')) as ReplyFrame;
    } catch (error) {
      // Lost connection, timeout or a garbled reply: ask again (maybe another leader) after a pause.
      return { unreachable: error instanceof Error ? error.message : String(error) };
    }
  }

  private async serve(from: number, body: Buffer): Promise<Buffer> {
    const reply = await this.answer(from, body);
    return Buffer.from(JSON.stringify(reply));
  }

  private async answer(from: number, body: Buffer): Promise<ReplyFrame> {
    let frame: RequestFrame;
    try {
      frame = JSON.parse(body.toString('utf8')) as RequestFrame;
    } catch {
      return { error: 'request is not JSON' };
    }
    const handler = this.handlers.get(frame.kind);
    if (handler === undefined) return { error: `no handler for ${JSON.stringify(frame.kind)} requests` };
    if (!(await this.isReadyLeader())) return { notLeader: this.quorum.leaderId() };
    try {
      return { ok: (await handler(from, frame.payload)) ?? null };
    } catch (error) {
      if (error instanceof NotLeaderError) return { notLeader: error.leaderId };
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Waits until the leader changes or `ms` pass, whichever is first. */
  private async leaderChangeOrPause(ms: number): Promise<void> {
    const abort = new AbortController();
    const unsubscribe = this.quorum.onLeaderChange((leaderId) => {
      if (leaderId !== null) abort.abort();
    });
    try {
      await sleep(ms, undefined, { signal: abort.signal });
    } catch {
      // The leader changed: retry now.
    } finally {
      unsubscribe();
    }
  }
}
