// The broker's Prometheus metrics, in a prom-client Registry of its own (never the global default),
// so tests and several brokers in one process never share counters. The HTTP server exposes it.
// A broker that owns its process (gossip start) also exports prom-client's process and Node.js
// metrics (CPU, RSS, heap, event-loop delay, GC pauses), as operators of a JVM broker expect.
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export class BrokerMetrics {
  readonly registry = new Registry();
  readonly bytesIn: Counter<'topic'>;
  readonly bytesOut: Counter<'topic'>;
  readonly messagesIn: Counter<'topic'>;
  readonly requests: Counter<'api'>;
  readonly requestSeconds: Histogram<'api'>;

  /** `processMetrics`: also export process/Node.js metrics (once per process: they watch it all). */
  constructor(options: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    if (options.processMetrics === true) collectDefaultMetrics({ register: this.registry });
    this.bytesIn = new Counter({
      name: 'gossip_bytes_in_total',
      help: 'Record batch bytes appended by producers',
      labelNames: ['topic'],
      registers,
    });
    this.bytesOut = new Counter({
      name: 'gossip_bytes_out_total',
      help: 'Record batch bytes sent to consumers',
      labelNames: ['topic'],
      registers,
    });
    this.messagesIn = new Counter({
      name: 'gossip_messages_in_total',
      help: 'Records appended by producers',
      labelNames: ['topic'],
      registers,
    });
    this.requests = new Counter({
      name: 'gossip_requests_total',
      help: 'Requests handled, by API',
      labelNames: ['api'],
      registers,
    });
    this.requestSeconds = new Histogram({
      name: 'gossip_request_duration_seconds',
      help: 'Time from a request reaching its handler to its response being ready, by API (a Fetch includes its long-poll wait)',
      labelNames: ['api'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
  }
}
