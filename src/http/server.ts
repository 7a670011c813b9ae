// The broker's one HTTP server (fastify): /health, /metrics (Prometheus text from the broker's own
// registry), the Confluent-compatible schema registry and gossip-migrate's import API as plugins;
// the admin API joins later.
import Fastify, { type FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import type { ImportService } from '../replication/import-service.js';
import type { SchemaStore } from '../schema-registry/schema-store.js';
import { importPlugin } from './import-plugin.js';
import { schemaRegistryPlugin } from './schema-registry-plugin.js';

export interface HttpDeps {
  health(): { nodeId: number; clusterId: string; kafka: string };
  metrics: Registry;
  /** The schema registry's store; when set, the Confluent-compatible API is served at the root. */
  schemaStore?: SchemaStore;
  /** gossip-migrate's import API at /admin/import (disabled, answering 404, while token is unset). */
  import?: { service: ImportService; token: string | undefined; bodyBytesMax: number };
}

export function createHttpServer(deps: HttpDeps): FastifyInstance {
  const app = Fastify({ logger: false });
  app.get('/health', async () => ({ status: 'ok', ...deps.health() }));
  app.get('/metrics', async (_request, reply) => {
    reply.header('content-type', deps.metrics.contentType);
    return deps.metrics.metrics();
  });
  if (deps.schemaStore) app.register(schemaRegistryPlugin, { store: deps.schemaStore });
  if (deps.import) app.register(importPlugin, deps.import);
  return app;
}
