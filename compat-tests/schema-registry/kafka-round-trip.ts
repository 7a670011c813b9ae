// The Kafka half of the schema-registry client tests: create topics on a real GOssip process (with
// broker-side schema validation configs), produce already-encoded values with kafkajs, and read them
// back with a kafkajs consumer group. The client tests do the registry-specific encode and decode;
// the setup and the schema text they share live here too.
import type { ExecutionContext } from 'ava';
import { type Consumer, Kafka, logLevel } from 'kafkajs';
import { type GossipBroker, startGossip } from '../harness/gossip-broker.js';

/** The referenced protobuf schema both client tests register as subject address.proto. */
export const PROTO_ADDRESS = `syntax = "proto3";
package demo;

message Address {
  string city = 1;
  int32 zip = 2;
}
`;

export interface TopicSpec {
  topic: string;
  /** Topic configs, e.g. confluent.value.schema.validation. */
  configs?: Record<string, string>;
}

export function kafkaFor(broker: GossipBroker, clientId: string): Kafka {
  return new Kafka({
    clientId,
    brokers: [broker.bootstrap],
    logLevel: logLevel.NOTHING,
    retry: { retries: 10, initialRetryTime: 100 },
  });
}

export async function createTopics(t: ExecutionContext, kafka: Kafka, specs: TopicSpec[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  t.teardown(() => admin.disconnect());
  await admin.createTopics({
    waitForLeaders: true,
    topics: specs.map((s) => ({
      topic: s.topic,
      numPartitions: 1,
      configEntries: Object.entries(s.configs ?? {}).map(([name, value]) => ({ name, value })),
    })),
  });
}

/** Sends each value as its own produce request (acks=all); rejects on the first refusal. */
export async function produceValues(
  t: ExecutionContext,
  kafka: Kafka,
  topic: string,
  values: Buffer[],
): Promise<void> {
  const producer = kafka.producer({ allowAutoTopicCreation: false, retry: { retries: 0 } });
  await producer.connect();
  t.teardown(() => producer.disconnect());
  for (const value of values) await producer.send({ topic, acks: -1, messages: [{ value }] });
}

/** Reads `count` values of `topic` from the beginning in consumer group `groupId`. */
export async function consumeValues(
  t: ExecutionContext,
  kafka: Kafka,
  groupId: string,
  topic: string,
  count: number,
  timeoutMs = 30000,
): Promise<Buffer[]> {
  const consumer: Consumer = kafka.consumer({ groupId, sessionTimeout: 10000, heartbeatInterval: 500 });
  await consumer.connect();
  t.teardown(() => consumer.disconnect());
  await consumer.subscribe({ topic, fromBeginning: true });
  const values: Buffer[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`consumed ${values.length} of ${count} records of ${topic}`)),
      timeoutMs,
    );
    consumer
      .run({
        eachMessage: async ({ message }) => {
          if (message.value !== null) values.push(message.value);
          if (values.length >= count) {
            clearTimeout(timer);
            resolve();
          }
        },
      })
      .catch(reject);
  });
  await consumer.stop();
  return values;
}

/** Starts GOssip (stopped on teardown) with users-avro, users-proto and users-json using `configs`. */
export async function startWithUserTopics(
  t: ExecutionContext,
  clientId: string,
  configs: Record<string, string>,
): Promise<{ host: string; kafka: Kafka }> {
  const broker = await startGossip();
  t.teardown(() => broker.stop());
  const kafka = kafkaFor(broker, clientId);
  await createTopics(t, kafka, [
    { topic: 'users-avro', configs },
    { topic: 'users-proto', configs },
    { topic: 'users-json', configs },
  ]);
  return { host: `http://127.0.0.1:${broker.httpPort}`, kafka };
}

/** Produces `values` to `topic`, then reads as many back in consumer group group-<topic>. */
export async function roundTrip(
  t: ExecutionContext,
  kafka: Kafka,
  topic: string,
  values: Buffer[],
): Promise<Buffer[]> {
  await produceValues(t, kafka, topic, values);
  return consumeValues(t, kafka, `group-${topic}`, topic, values.length);
}
