// The `_schemas` topic wired like the broker wires it: a real metadata controller, log manager and
// partition reconciler in a temp dir. The store registers through the topic and a restart of the
// whole stack replays it.
import test, { type ExecutionContext } from 'ava';
import { ManualClock } from '../common/clock.js';
import { silentLogger } from '../common/logger.js';
import { SeededRandom } from '../common/random.js';
import { logConfigFrom } from '../log/log-config.js';
import { LogManager } from '../log/log-manager.js';
import { MetadataController } from '../metadata/controller.js';
import { PartitionReconciler } from '../replication/partition-reconciler.js';
import { createSchemaStore } from './schema-store.js';
import { openSchemasTopic, SCHEMAS_TOPIC } from './schemas-topic.js';
import { avroInput, schemasDir, userV1, userV2 } from './test-support.js';

async function node(t: ExecutionContext, dir: string) {
  const clock = new ManualClock(1_700_000_000_000);
  const logger = silentLogger();
  const metadata = await MetadataController.open({
    dataDir: `${dir}/metadata`,
    nodeId: 1,
    clock,
    random: new SeededRandom(3),
  });
  const logs = await LogManager.open({
    dataDir: dir,
    clock,
    logger,
    configFor: (topic) => {
      const info = metadata.image().topics.get(topic);
      return logConfigFrom(info?.configs ?? new Map(), new Map());
    },
  });
  const reconciler = new PartitionReconciler(
    1,
    logs,
    (topic) => logConfigFrom(topic.configs, new Map()),
    logger,
  );
  const unsubscribe = metadata.subscribe((image, previous) => {
    void reconciler.onImage(image, previous);
  });
  await reconciler.reconcile(metadata.image());
  await metadata.registerBroker({ nodeId: 1, host: '127.0.0.1', port: 9092 });
  await reconciler.idle();
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    unsubscribe();
    await logs.close();
    await metadata.close();
  };
  t.teardown(close);
  const log = await openSchemasTopic({ metadata, logs, logsSettled: () => reconciler.idle(), clock });
  return { store: await createSchemaStore(log), metadata, close };
}

test('the registry creates a compacted _schemas topic and survives a restart of the node', async (t) => {
  const dir = await schemasDir(t);
  const first = await node(t, dir);
  t.is(first.metadata.image().topics.get(SCHEMAS_TOPIC)?.configs.get('cleanup.policy'), 'compact');
  await first.store.register('a', avroInput(userV1));
  await first.store.register('a', avroInput(userV2));
  await first.close();
  const second = await node(t, dir);
  t.deepEqual(
    second.store.state.versions('a', false).map((v) => [v.version, v.id]),
    [
      [1, 1],
      [2, 2],
    ],
  );
});
