// Every metadata change works on any node: ForwardingController has the MetadataController's
// methods and runs a change locally on the quorum leader, or sends it (LeaderRpc) to the leader,
// which replies with the JSON result and its image offset; the follower returns once its own image
// reached that offset, so callers see their change in image() at once, as on a single node.
import type { Logger } from '../common/logger.js';
import type {
  ConfigResourceRef,
  CreateTopicRequest,
  CreateTopicResult,
  MetadataController,
  ProducerIdBlock,
  RegisterBrokerInfo,
} from '../metadata/controller.js';
import type { ChangeResult } from '../metadata/error-codes.js';
import type { MetadataImage, TopicInfo } from '../metadata/image.js';
import { topicIdFromHex } from '../metadata/image.js';
import { NotLeaderError } from '../metadata/quorum.js';
import type { LeaderRpc } from './leader-rpc.js';

/** The metadata operations a node offers the rest of the broker, alone or in a cluster. */
export interface ClusterMetadata {
  image(): MetadataImage;
  subscribe(listener: (image: MetadataImage, previous: MetadataImage) => void): () => void;
  createTopic(req: CreateTopicRequest): Promise<CreateTopicResult>;
  createPartitions(name: string, totalCount: number): Promise<ChangeResult>;
  deleteTopic(name: string): Promise<ChangeResult>;
  alterConfigs(resource: ConfigResourceRef, set: Record<string, string | null>): Promise<ChangeResult>;
  registerBroker(info: RegisterBrokerInfo): Promise<void>;
  allocateProducerIds(brokerId: number): Promise<ProducerIdBlock>;
}

export const CONTROLLER_REQUEST = 'controller';
export const OFFSET_REQUEST = 'metadata-offset';

export interface ForwardingOptions {
  /** How long a change may wait for a reachable leader before it fails. Default 30000. */
  changeTimeoutMs?: number;
  logger?: Logger;
}

/** TopicInfo as JSON: the id in hex, configs as pairs. */
interface TopicJson {
  name: string;
  topicId: string;
  partitions: TopicInfo['partitions'];
  configs: [string, string][];
  internal: boolean;
}

type ControllerCall =
  | { op: 'createTopic'; req: CreateTopicRequest }
  | { op: 'createPartitions'; name: string; totalCount: number }
  | { op: 'deleteTopic'; name: string }
  | { op: 'alterConfigs'; resource: ConfigResourceRef; set: Record<string, string | null> }
  | { op: 'registerBroker'; info: RegisterBrokerInfo }
  | { op: 'allocateProducerIds'; brokerId: number };

interface ControllerReply {
  result: unknown;
  /** The leader's image offset once the change was applied there. */
  offset: number;
}

export class ForwardingController implements ClusterMetadata {
  private readonly changeTimeoutMs: number;
  private view: { base: MetadataImage; image: MetadataImage } | null = null;

  constructor(
    private readonly controller: MetadataController,
    private readonly rpc: LeaderRpc,
    private readonly options: ForwardingOptions = {},
  ) {
    this.changeTimeoutMs = options.changeTimeoutMs ?? 30_000;
    rpc.handle(CONTROLLER_REQUEST, async (_from, payload) => this.serve(payload as ControllerCall));
    rpc.handle(OFFSET_REQUEST, async () => this.controller.image().offset);
  }

  /**
   * Resolves once this node's image holds everything the quorum leader had committed when asked,
   * retrying (and waiting for a quorum) for as long as it takes. A restarted node calls this before
   * acting on its image: until then the image may be empty or behind.
   */
  async catchUp(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        const local = async () => this.controller.image().offset;
        const offset = (await this.rpc.call(OFFSET_REQUEST, null, local, this.changeTimeoutMs)) as number;
        if (await this.caughtUpTo(offset)) return;
      } catch (err) {
        if (!(err instanceof NotLeaderError)) throw err;
        this.options.logger?.info({ attempt, err: err.message }, 'waiting for the metadata quorum');
      }
    }
  }

  /**
   * The controller's image with controllerId set to a broker the same image lists as live, so
   * Metadata and DescribeCluster never name a controller a client cannot find (kafkajs fails with
   * "Broker N not found" otherwise). The quorum leader when it is registered and unfenced (no
   * forwarding hop), else this node, else any live broker; changes sent to a non-leader are
   * forwarded, as Kafka forwards them. The copy is remade only when the image or the choice changes.
   */
  image(): MetadataImage {
    const base = this.controller.image();
    const controllerId = liveControllerId(base, [this.rpc.quorum.leaderId(), this.rpc.quorum.nodeId]);
    if (this.view?.base !== base || this.view.image.controllerId !== controllerId) {
      this.view = { base, image: base.controllerId === controllerId ? base : { ...base, controllerId } };
    }
    return this.view.image;
  }

  subscribe(listener: (image: MetadataImage, previous: MetadataImage) => void): () => void {
    return this.controller.subscribe(listener);
  }

  async createTopic(req: CreateTopicRequest): Promise<CreateTopicResult> {
    const result = (await this.run({ op: 'createTopic', req })) as CreateTopicResult | WireCreateTopicResult;
    if (!('topic' in result) || result.topic === undefined || !isTopicJson(result.topic)) {
      return result as CreateTopicResult;
    }
    const json = result.topic;
    const local = this.controller.image().topics.get(json.name);
    const topic = local?.topicId.toString('hex') === json.topicId ? local : topicFromJson(json);
    return { ...result, topic };
  }

  async createPartitions(name: string, totalCount: number): Promise<ChangeResult> {
    return (await this.run({ op: 'createPartitions', name, totalCount })) as ChangeResult;
  }

  async deleteTopic(name: string): Promise<ChangeResult> {
    return (await this.run({ op: 'deleteTopic', name })) as ChangeResult;
  }

  async alterConfigs(resource: ConfigResourceRef, set: Record<string, string | null>): Promise<ChangeResult> {
    return (await this.run({ op: 'alterConfigs', resource, set })) as ChangeResult;
  }

  async registerBroker(info: RegisterBrokerInfo): Promise<void> {
    await this.run({ op: 'registerBroker', info });
  }

  async allocateProducerIds(brokerId: number): Promise<ProducerIdBlock> {
    return (await this.run({ op: 'allocateProducerIds', brokerId })) as ProducerIdBlock;
  }

  /** Runs a call locally on the leader, or remotely and then waits for the local image to catch up. */
  private async run(call: ControllerCall): Promise<unknown> {
    let ranHere = false;
    const outcome = await this.rpc.call(
      CONTROLLER_REQUEST,
      call,
      async () => {
        ranHere = true;
        return this.invoke(call);
      },
      this.changeTimeoutMs,
    );
    if (ranHere) return outcome;
    const reply = outcome as ControllerReply;
    if (!(await this.caughtUpTo(reply.offset))) {
      this.options.logger?.warn(
        { offset: reply.offset, local: this.controller.image().offset },
        'a forwarded metadata change has not reached this node yet',
      );
    }
    return reply.result;
  }

  /** The leader side of a forwarded call. */
  private async serve(call: ControllerCall): Promise<ControllerReply> {
    const result = await this.invoke(call);
    const topic = call.op === 'createTopic' ? (result as CreateTopicResult).topic : undefined;
    const wire =
      topic === undefined ? result : { ...(result as CreateTopicResult), topic: topicToJson(topic) };
    return { result: wire ?? null, offset: this.controller.image().offset };
  }

  private invoke(call: ControllerCall): Promise<unknown> {
    const c = this.controller;
    switch (call.op) {
      case 'createTopic':
        return c.createTopic(call.req);
      case 'createPartitions':
        return c.createPartitions(call.name, call.totalCount);
      case 'deleteTopic':
        return c.deleteTopic(call.name);
      case 'alterConfigs':
        return c.alterConfigs(call.resource, call.set);
      case 'registerBroker':
        return c.registerBroker(call.info);
      case 'allocateProducerIds':
        return c.allocateProducerIds(call.brokerId);
      default:
        return Promise.reject(new Error(`unknown controller call ${JSON.stringify(call)}`));
    }
  }

  /** True once the local image holds `offset`; false if the change timeout passes first. */
  private caughtUpTo(offset: number): Promise<boolean> {
    if (this.controller.image().offset >= offset) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        unsubscribe();
        resolve(false);
      }, this.changeTimeoutMs);
      const unsubscribe = this.controller.subscribe((image) => {
        if (image.offset < offset) return;
        clearTimeout(timer);
        unsubscribe();
        resolve(true);
      });
    });
  }
}

type WireCreateTopicResult = Omit<CreateTopicResult, 'topic'> & { topic?: TopicJson };

function topicToJson(topic: TopicInfo): TopicJson {
  return {
    name: topic.name,
    topicId: topic.topicId.toString('hex'),
    partitions: topic.partitions,
    configs: [...topic.configs],
    internal: topic.internal,
  };
}

function isTopicJson(topic: TopicInfo | TopicJson): topic is TopicJson {
  return typeof topic.topicId === 'string';
}

function topicFromJson(json: TopicJson): TopicInfo {
  return {
    name: json.name,
    topicId: topicIdFromHex(json.topicId),
    partitions: json.partitions,
    configs: new Map(json.configs),
    internal: json.internal,
  };
}

/** The first candidate that is a registered, unfenced broker of `image`; else any such broker, else -1. */
export function liveControllerId(image: MetadataImage, candidates: Array<number | null>): number {
  const live = (id: number | null) => id !== null && image.brokers.get(id)?.fenced === false;
  const chosen = candidates.find(live);
  if (chosen !== undefined && chosen !== null) return chosen;
  for (const [id, broker] of image.brokers) if (!broker.fenced) return id;
  return -1;
}
