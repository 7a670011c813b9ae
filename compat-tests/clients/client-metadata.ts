// The one shape every metadata driver (kcat, kafka-python, kafkajs) returns, so compat-tests can
// assert the same facts about a broker through each real client. Drivers translate their client's
// own output into this; fields a client cannot see are null.

export interface ClientBroker {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null;
}

export interface ClientMetadata {
  /** Which driver produced this: 'kcat', 'kafka-python' or 'kafkajs'. */
  client: string;
  /** The client library's own version (librdkafka's for kcat). */
  clientVersion: string;
  brokers: ClientBroker[];
  clusterId: string | null;
  controllerId: number | null;
  /** Topic names the client listed, sorted. */
  topics: string[];
  /** The topic the driver asked for by name (auto-created when the broker allows it). */
  autoCreated: { name: string; partitions: number[] };
  /** kafka-python only: the broker version it inferred from ApiVersions v0, e.g. [2, 5, 0]. */
  apiVersion: number[] | null;
}

/** What every driver needs: where the broker is, which topic to ask for, and how long to try. */
export interface DriverOptions {
  bootstrap: string;
  topic: string;
  timeoutMs?: number;
}

export const defaultDriverTimeoutMs = 20_000;
