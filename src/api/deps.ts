// What handlers may call: narrow service interfaces, passed in from main.ts. Handlers never reach
// into modules directly, so each can be tested with the real service behind its interface.
import type { Clock } from '../common/clock.js';
import type { BrokerConfig } from '../config/config.js';
import type { MetadataImage, TopicInfo } from '../metadata/image.js';
import type { BrokerMetrics } from '../metrics/broker-metrics.js';
import type { ReplicaManager } from '../replication/replica-manager.js';
import type { VersionRange } from './handler.js';

export interface CreateTopicRequest {
  name: string;
  numPartitions: number;
  replicationFactor: number;
  configs?: Record<string, string | null>;
  validateOnly?: boolean;
}

export interface CreateTopicResult {
  errorCode: number;
  errorMessage: string | null;
  topic?: TopicInfo;
}

export interface ChangeResult {
  errorCode: number;
  errorMessage: string | null;
}

export interface MetadataService {
  image(): MetadataImage;
  createTopic(request: CreateTopicRequest): Promise<CreateTopicResult>;
  createPartitions(name: string, totalCount: number): Promise<ChangeResult>;
  deleteTopic(name: string): Promise<ChangeResult>;
  /** null removes an override. */
  alterConfigs(
    resource: { type: 'topic' | 'broker'; name: string },
    set: Record<string, string | null>,
  ): Promise<ChangeResult>;
}

export interface HandlerDeps {
  config: BrokerConfig;
  clock: Clock;
  metadata: MetadataService;
  replicas: ReplicaManager;
  metrics: BrokerMetrics;
  /** The versions this broker serves (the registered handlers); ApiVersions reports them. */
  advertisedVersions(): VersionRange[];
}
