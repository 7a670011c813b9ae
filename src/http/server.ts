// The broker's one HTTP server (fastify). Today it serves /health; the schema registry, the admin
// API and /metrics join it as plugins.
import Fastify, { type FastifyInstance } from 'fastify';

export interface HttpDeps {
  health(): { nodeId: number; clusterId: string; kafka: string };
}

export function createHttpServer(deps: HttpDeps): FastifyInstance {
  const app = Fastify({ logger: false });
  app.get('/health', async () => ({ status: 'ok', ...deps.health() }));
  return app;
}
