// The broker's one HTTP server (fastify): /health, /metrics (Prometheus text from the broker's own
// registry) and the Confluent-compatible schema registry as a plugin; the admin API joins later.
import Fastify, { type FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import type { SchemaStore } from '../schema-registry/schema-store.js';
import { schemaRegistryPlugin } from './schema-registry-plugin.js';

export interface HttpDeps {
  health(): { nodeId: number; clusterId: string; kafka: string };
  metrics: Registry;
  /** The schema registry's store; when set, the Confluent-compatible API is served at the root. */
  schemaStore?: SchemaStore;
}

export function createHttpServer(deps: HttpDeps): FastifyInstance {
  const app = Fastify({ logger: false });
  app.get('/health', async () => ({ status: 'ok', ...deps.health() }));
  app.get('/metrics', async (_request, reply) => {
    reply.header('content-type', deps.metrics.contentType);
    return deps.metrics.metrics();
  });
  if (deps.schemaStore) app.register(schemaRegistryPlugin, { store: deps.schemaStore });
  return app;
}
