// InitProducerId against a real metadata controller and producer id manager: idempotent producers
// get fresh ids with epoch 0 (also when they send their old id and epoch, as Kafka does), invalid
// id/epoch pairs and empty transactional ids are INVALID_REQUEST, transactional ids are refused.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import { ManualClock } from '../../common/clock.js';
import { SeededRandom } from '../../common/random.js';
import { ProducerIdManager } from '../../coordinator/producer-ids.js';
import { MetadataController } from '../../metadata/controller.js';
import type { HandlerDeps } from '../deps.js';
import type { RequestContext } from '../handler.js';
import { initProducerIdHandler } from './022-init-producer-id.js';

test('InitProducerId for idempotent and transactional requests', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'gossip-ipid-'));
  const metadata = await MetadataController.open({
    dataDir: dir,
    nodeId: 1,
    clock: new ManualClock(0),
    random: new SeededRandom(1),
  });
  t.teardown(async () => {
    await metadata.close();
    await rm(dir, { recursive: true, force: true });
  });
  const deps = { producerIds: new ProducerIdManager(1, metadata) } as unknown as HandlerDeps & {
    producerIds: ProducerIdManager;
  };
  const handler = initProducerIdHandler(deps);
  t.is(handler.minVersion, 0);
  t.is(handler.maxVersion, 5);
  const call = (
    v: number,
    req: { transactionalId: string | null; producerId?: bigint; producerEpoch?: number },
  ) =>
    handler.handle({ transactionTimeoutMs: 60000, producerId: -1n, producerEpoch: -1, ...req }, {
      apiVersion: v,
    } as unknown as RequestContext);
  t.like(await call(0, { transactionalId: null }), { errorCode: 0, producerId: 0n, producerEpoch: 0 });
  t.like(await call(4, { transactionalId: null }), { errorCode: 0, producerId: 1n, producerEpoch: 0 });
  t.like(await call(5, { transactionalId: null, producerId: 1n, producerEpoch: 3 }), {
    errorCode: 0,
    producerId: 2n,
    producerEpoch: 0,
  });
  t.like(await call(3, { transactionalId: null, producerId: 1n, producerEpoch: -1 }), {
    errorCode: ErrorCode.INVALID_REQUEST,
    producerId: -1n,
    producerEpoch: -1,
  });
  t.like(await call(3, { transactionalId: null, producerId: -1n, producerEpoch: 2 }), {
    errorCode: ErrorCode.INVALID_REQUEST,
  });
  t.like(await call(2, { transactionalId: '' }), { errorCode: ErrorCode.INVALID_REQUEST });
  t.like(await call(2, { transactionalId: 'txn-1' }), {
    errorCode: ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED,
    producerId: -1n,
  });
});
