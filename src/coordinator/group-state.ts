// One classic consumer group: members, the rebalance state (Empty, PreparingRebalance,
// CompletingRebalance, Stable, Dead), generation, protocol type and the selected protocol. The
// persisted part (what a GroupMetadataValue holds) is only changed by applyMetadata(), which the
// shard calls from replay(); join/sync bookkeeping (awaiting requests, timers) is transient and is
// mutated directly by the shard's rebalance logic, as in Kafka where none of it is written.
import { decodeConsumerProtocolSubscription } from '../../wire/generated/data/consumer-protocol-subscription.js';
import { Reader } from '../../wire/primitives/index.js';
import type { GroupMetadataValue } from './records.js';
import type { GroupState, JoinGroupProtocol, JoinGroupResponseMember, RequestId } from './types.js';

export const CONSUMER_PROTOCOL_TYPE = 'consumer';
/** Heartbeat deadline of a member restored by replay: set on load (onLoaded/tick). */
export const DEADLINE_AFTER_LOAD = -1;

export class ClassicGroupMember {
  /** JoinGroup request parked until the join phase completes, or null. */
  awaitingJoin: RequestId | null = null;
  /** JoinGroup API version of the parked request (decides skipAssignment). */
  awaitingJoinVersion = 0;
  /** SyncGroup request parked until the leader's assignment is stored, or null. */
  awaitingSync: RequestId | null = null;
  /** A member added in the current join phase; it may expire even while awaiting join. */
  isNew = false;
  /** When the session expires; null = no timer; DEADLINE_AFTER_LOAD = schedule on load. */
  heartbeatDeadlineMs: number | null = null;

  constructor(
    readonly memberId: string,
    readonly groupInstanceId: string | null,
    public clientId: string,
    public clientHost: string,
    public rebalanceTimeoutMs: number,
    public sessionTimeoutMs: number,
    public protocolType: string,
    public protocols: JoinGroupProtocol[],
    public assignment: Buffer = Buffer.alloc(0),
  ) {}

  metadata(protocolName: string | null): Buffer {
    const p = this.protocols.find((x) => x.name === protocolName);
    if (!p) throw new Error(`member ${this.memberId} does not support protocol ${protocolName}`);
    return p.metadata;
  }

  supports(protocolName: string): boolean {
    return this.protocols.some((p) => p.name === protocolName);
  }

  /** The same protocol names, metadata and order. */
  matches(protocols: readonly JoinGroupProtocol[]): boolean {
    if (protocols.length !== this.protocols.length) return false;
    return protocols.every((p, i) => {
      const mine = this.protocols[i]!;
      return mine.name === p.name && mine.metadata.equals(p.metadata);
    });
  }

  /** The first of its protocols (in preference order) that is a candidate. */
  vote(candidates: ReadonlySet<string>): string {
    const p = this.protocols.find((x) => candidates.has(x.name));
    if (!p) throw new Error(`member ${this.memberId} supports none of the candidate protocols`);
    return p.name;
  }

  /** Members waiting in a rebalance count as alive; new members do not. */
  hasSatisfiedHeartbeat(): boolean {
    if (this.isNew) return false;
    return this.awaitingJoin !== null || this.awaitingSync !== null;
  }
}

export class ClassicGroup {
  state: GroupState = 'Empty';
  previousState: GroupState = 'Dead';
  generationId = 0;
  protocolType: string | null = null;
  protocolName: string | null = null;
  leaderId: string | null = null;
  /** When the group entered its current state (persisted as currentStateTimestamp). */
  currentStateTimestampMs: number | null;
  readonly members = new Map<string, ClassicGroupMember>();
  /** group.instance.id -> member id. */
  readonly staticMembers = new Map<string, string>();
  /** Member ids handed out with MEMBER_ID_REQUIRED, with their expiry. */
  readonly pendingJoinMembers = new Map<string, number>();
  /** Members that got their JoinGroup response but have not sent SyncGroup yet. */
  readonly pendingSyncMembers = new Set<string>();
  /** Topics of the last generation's subscriptions (consumer protocol), null when unknown. */
  subscribedTopics: Set<string> | null = null;
  /** The initial-rebalance delay saw a new member, so it may be extended. */
  newMemberAdded = false;
  /** Timer of the join phase: initial delay or rebalance timeout. */
  joinTimer: { deadlineMs: number; initial: { delayMs: number; remainingMs: number } | null } | null = null;
  /** Timer of the sync phase (rebalance timeout after the join responses). */
  syncTimer: { deadlineMs: number; generationId: number } | null = null;

  constructor(
    readonly groupId: string,
    nowMs: number | null,
  ) {
    this.currentStateTimestampMs = nowMs;
  }

  // ---- persisted metadata (replay only) ----

  /**
   * Makes the persisted part of the group equal to `value`: Stable with these members if it has
   * any, Empty otherwise. Members that exist already keep their transient state.
   */
  applyMetadata(value: GroupMetadataValue): void {
    this.protocolType = value.protocolType === '' ? null : value.protocolType;
    this.generationId = value.generation;
    this.protocolName = value.protocol;
    this.leaderId = value.leader;
    this.currentStateTimestampMs =
      value.currentStateTimestamp === -1n ? null : Number(value.currentStateTimestamp);
    const previous = new Map(this.members);
    this.members.clear();
    this.staticMembers.clear();
    for (const m of value.members) {
      let member = previous.get(m.memberId);
      if (member === undefined) {
        member = new ClassicGroupMember(
          m.memberId,
          m.groupInstanceId,
          m.clientId,
          m.clientHost,
          m.rebalanceTimeout === -1 ? m.sessionTimeout : m.rebalanceTimeout,
          m.sessionTimeout,
          value.protocolType,
          [{ name: value.protocol ?? '', metadata: m.subscription }],
        );
        member.heartbeatDeadlineMs = DEADLINE_AFTER_LOAD;
      }
      member.assignment = m.assignment;
      this.members.set(m.memberId, member);
      if (m.groupInstanceId !== null) this.staticMembers.set(m.groupInstanceId, m.memberId);
    }
    this.subscribedTopics = this.computeSubscribedTopics();
    const next: GroupState = this.members.size > 0 ? 'Stable' : 'Empty';
    if (next !== this.state) {
      this.previousState = this.state;
      this.state = next;
    }
  }

  /** The GroupMetadataValue Kafka writes for this group with the given assignments. */
  toMetadataValue(assignments: ReadonlyMap<string, Buffer>): GroupMetadataValue {
    return {
      protocolType: this.protocolType ?? '',
      generation: this.generationId,
      protocol: this.protocolName,
      leader: this.leaderId,
      currentStateTimestamp: BigInt(this.currentStateTimestampMs ?? -1),
      members: [...this.members.values()].map((m) => {
        const assignment = assignments.get(m.memberId);
        if (assignment === undefined) throw new Error(`member ${m.memberId} has no assignment`);
        return {
          memberId: m.memberId,
          groupInstanceId: m.groupInstanceId,
          clientId: m.clientId,
          clientHost: m.clientHost,
          rebalanceTimeout: m.rebalanceTimeoutMs,
          sessionTimeout: m.sessionTimeoutMs,
          subscription: m.metadata(this.protocolName),
          assignment,
        };
      }),
    };
  }

  currentAssignments(): Map<string, Buffer> {
    return new Map([...this.members.values()].map((m) => [m.memberId, m.assignment]));
  }

  // ---- transient rebalance state ----

  is(state: GroupState): boolean {
    return this.state === state;
  }

  transitionTo(state: GroupState, nowMs: number): void {
    if (!VALID_PREVIOUS[state].includes(this.state)) {
      throw new Error(`group ${this.groupId}: invalid transition ${this.state} -> ${state}`);
    }
    this.previousState = this.state;
    this.state = state;
    this.currentStateTimestampMs = nowMs;
  }

  canRebalance(): boolean {
    return VALID_PREVIOUS.PreparingRebalance.includes(this.state);
  }

  isLeader(memberId: string): boolean {
    return this.leaderId === memberId;
  }

  hasStaticMember(instanceId: string): boolean {
    return this.staticMembers.has(instanceId);
  }

  staticMemberId(instanceId: string): string | undefined {
    return this.staticMembers.get(instanceId);
  }

  numAwaitingJoin(): number {
    let n = 0;
    for (const m of this.members.values()) if (m.awaitingJoin !== null) n++;
    return n;
  }

  hasAllMembersJoined(): boolean {
    return this.members.size === this.numAwaitingJoin() && this.pendingJoinMembers.size === 0;
  }

  rebalanceTimeoutMs(): number {
    let max = 0;
    for (const m of this.members.values()) max = Math.max(max, m.rebalanceTimeoutMs);
    return max;
  }

  add(member: ClassicGroupMember): void {
    if (member.groupInstanceId !== null) {
      if (this.staticMembers.has(member.groupInstanceId)) {
        throw new Error(`static member ${member.groupInstanceId} is already in group ${this.groupId}`);
      }
      this.staticMembers.set(member.groupInstanceId, member.memberId);
    }
    if (this.members.size === 0) this.protocolType = member.protocolType;
    if (this.leaderId === null) this.leaderId = member.memberId;
    this.members.set(member.memberId, member);
    this.pendingJoinMembers.delete(member.memberId);
  }

  remove(memberId: string): void {
    const removed = this.members.get(memberId);
    if (removed) {
      this.members.delete(memberId);
      if (removed.groupInstanceId !== null) this.staticMembers.delete(removed.groupInstanceId);
    }
    if (this.isLeader(memberId)) {
      const next = this.members.keys().next();
      this.leaderId = next.done ? null : next.value;
    }
    this.pendingJoinMembers.delete(memberId);
    this.pendingSyncMembers.delete(memberId);
  }

  /** Replaces a static member's id; the caller fences requests parked under the old id. */
  replaceStaticMember(instanceId: string, oldMemberId: string, newMemberId: string): ClassicGroupMember {
    const old = this.members.get(oldMemberId);
    if (!old) throw new Error(`cannot replace unknown member ${oldMemberId}`);
    this.members.delete(oldMemberId);
    const next = new ClassicGroupMember(
      newMemberId,
      old.groupInstanceId,
      old.clientId,
      old.clientHost,
      old.rebalanceTimeoutMs,
      old.sessionTimeoutMs,
      old.protocolType,
      old.protocols,
      old.assignment,
    );
    this.members.set(newMemberId, next);
    if (this.isLeader(oldMemberId)) this.leaderId = newMemberId;
    this.staticMembers.set(instanceId, newMemberId);
    this.pendingSyncMembers.delete(oldMemberId);
    return next;
  }

  /** If the leader did not rejoin, hand leadership to a member that did; false if none did. */
  maybeElectNewJoinedLeader(): boolean {
    if (this.leaderId === null) return false;
    const leader = this.members.get(this.leaderId);
    if (leader && leader.awaitingJoin !== null) return true;
    for (const m of this.members.values()) {
      if (m.awaitingJoin !== null) {
        this.leaderId = m.memberId;
        return true;
      }
    }
    return false;
  }

  /** Protocol names every member supports. */
  candidateProtocols(): Set<string> {
    const out = new Set<string>();
    const first = this.members.values().next();
    if (first.done) return out;
    for (const p of first.value.protocols) {
      if ([...this.members.values()].every((m) => m.supports(p.name))) out.add(p.name);
    }
    return out;
  }

  /**
   * The protocol with the most votes among those all members support; each member votes for its
   * most preferred candidate. Ties go to the protocol that received its first vote earliest.
   */
  selectProtocol(): string {
    if (this.members.size === 0) throw new Error(`cannot select a protocol for empty group ${this.groupId}`);
    const candidates = this.candidateProtocols();
    const votes = new Map<string, number>();
    for (const m of this.members.values()) {
      const name = m.vote(candidates);
      votes.set(name, (votes.get(name) ?? 0) + 1);
    }
    let best = '';
    let bestVotes = -1;
    for (const [name, n] of votes) {
      if (n > bestVotes) {
        best = name;
        bestVotes = n;
      }
    }
    return best;
  }

  /** Would a member with this protocol type and protocols fit the group? */
  supportsProtocols(protocolType: string, protocols: readonly JoinGroupProtocol[]): boolean {
    if (this.is('Empty')) return protocolType !== '' && protocols.length > 0;
    if (this.protocolType !== protocolType) return false;
    return protocols.some((p) => [...this.members.values()].every((m) => m.supports(p.name)));
  }

  initNextGeneration(nowMs: number): void {
    this.generationId++;
    if (this.members.size > 0) {
      this.protocolName = this.selectProtocol();
      this.transitionTo('CompletingRebalance', nowMs);
    } else {
      this.protocolName = null;
      this.transitionTo('Empty', nowMs);
    }
    this.subscribedTopics = this.computeSubscribedTopics();
    this.pendingSyncMembers.clear();
  }

  currentMembersForLeader(): JoinGroupResponseMember[] {
    return [...this.members.values()].map((m) => ({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      metadata: m.metadata(this.protocolName),
    }));
  }

  /**
   * Topics the group is subscribed to, from the consumer-protocol subscriptions; null when unknown
   * (not a consumer group, or a subscription that does not parse).
   */
  computeSubscribedTopics(): Set<string> | null {
    if (this.protocolType !== CONSUMER_PROTOCOL_TYPE) return null;
    if (this.members.size === 0) return new Set();
    if (this.protocolName === null) return null;
    const topics = new Set<string>();
    try {
      for (const m of this.members.values()) {
        const r = new Reader(m.metadata(this.protocolName));
        r.int16(); // version: every version starts with the v0 layout
        for (const t of decodeConsumerProtocolSubscription(r, 0).topics) topics.add(t);
      }
    } catch {
      return null;
    }
    return topics;
  }

  /** Kafka's rule: unknown subscriptions count as subscribed for consumer groups. */
  isSubscribedToTopic(topic: string): boolean {
    if (this.subscribedTopics === null) return this.protocolType === CONSUMER_PROTOCOL_TYPE;
    return this.subscribedTopics.has(topic);
  }
}

const VALID_PREVIOUS: Record<GroupState, GroupState[]> = {
  Empty: ['PreparingRebalance'],
  PreparingRebalance: ['Stable', 'CompletingRebalance', 'Empty'],
  CompletingRebalance: ['PreparingRebalance'],
  Stable: ['CompletingRebalance'],
  Dead: ['Stable', 'PreparingRebalance', 'CompletingRebalance', 'Empty', 'Dead'],
};
