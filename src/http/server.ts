// The broker's one HTTP server (fastify): /health and /metrics (Prometheus text from the broker's own
// registry). The schema registry and the admin API join it as plugins.
import Fastify, { type FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';

export interface HttpDeps {
  health(): { nodeId: number; clusterId: string; kafka: string };
  metrics: Registry;
}

export function createHttpServer(deps: HttpDeps): FastifyInstance {
  const app = Fastify({ logger: false });
  app.get('/health', async () => ({ status: 'ok', ...deps.health() }));
  app.get('/metrics', async (_request, reply) => {
    reply.header('content-type', deps.metrics.contentType);
    return deps.metrics.metrics();
  });
  return app;
}
