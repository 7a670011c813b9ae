// Producer id allocation end to end with a real metadata controller in a temp dir: ids come from
// blocks of 1000 recorded as ProducerIdsRecord, blocks are requested one at a time (and early),
// and after a restart (image store plus log replay) no id is handed out twice.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test, { type ExecutionContext } from 'ava';
import { ManualClock } from '../common/clock.js';
import { SeededRandom } from '../common/random.js';
import { MetadataController } from '../metadata/controller.js';
import { emptyImage } from '../metadata/image.js';
import { PRODUCER_ID_BLOCK_SIZE } from '../metadata/records.js';
import { MetadataReplayError, replay } from '../metadata/state-machine.js';
import { ProducerIdManager } from './producer-ids.js';

async function tempDir(t: ExecutionContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gossip-pids-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

function openController(dir: string): Promise<MetadataController> {
  return MetadataController.open({
    dataDir: dir,
    nodeId: 1,
    clock: new ManualClock(0),
    random: new SeededRandom(5),
  });
}

test('ids are consecutive within a block and the next block is allocated through the controller', async (t) => {
  const dir = await tempDir(t);
  const metadata = await openController(dir);
  await metadata.registerBroker({ nodeId: 1, host: 'h', port: 9092 });
  const calls: number[] = [];
  const source = {
    allocateProducerIds: async (brokerId: number) => {
      calls.push(brokerId);
      return metadata.allocateProducerIds(brokerId);
    },
  };
  const ids = new ProducerIdManager(1, source);
  const got = await Promise.all(Array.from({ length: 1500 }, () => ids.generateProducerId()));
  t.deepEqual(
    got,
    Array.from({ length: 1500 }, (_, i) => BigInt(i)),
  );
  t.is(calls.length, 2, 'one block request at a time, the second one early');
  t.is(metadata.image().nextProducerId, 2 * PRODUCER_ID_BLOCK_SIZE);
  await metadata.close();
});

test('a restarted controller never hands out an id again', async (t) => {
  const dir = await tempDir(t);
  let metadata = await openController(dir);
  const first = await metadata.allocateProducerIds(1);
  const second = await metadata.allocateProducerIds(1);
  t.deepEqual([first.firstProducerId, second.firstProducerId], [0, 1000]);
  await metadata.close();
  // The image store now holds an image at the log end; the id counter comes back from the log.
  metadata = await openController(dir);
  t.is(metadata.image().nextProducerId, 2000);
  t.is((await metadata.allocateProducerIds(1)).firstProducerId, 2000);
  await metadata.close();
  metadata = await openController(dir);
  const ids = new ProducerIdManager(1, metadata);
  t.is(await ids.generateProducerId(), 3000n);
  await metadata.close();
});

test('replaying a ProducerIds record that does not move forward is refused', (t) => {
  const image = replay(emptyImage('c', 1), {
    type: 'ProducerIds',
    brokerId: 1,
    brokerEpoch: 0,
    nextProducerId: 1000,
  });
  t.is(image.nextProducerId, 1000);
  t.throws(() => replay(image, { type: 'ProducerIds', brokerId: 1, brokerEpoch: 0, nextProducerId: 1000 }), {
    instanceOf: MetadataReplayError,
  });
});

test('a failed block request rejects the callers and a later call tries again', async (t) => {
  let fail = true;
  const ids = new ProducerIdManager(1, {
    allocateProducerIds: async () => {
      if (fail) throw new Error('metadata unavailable');
      return { firstProducerId: 5000, size: 2 };
    },
  });
  await t.throwsAsync(ids.generateProducerId(), { message: 'metadata unavailable' });
  fail = false;
  t.is(await ids.generateProducerId(), 5000n);
  t.is(await ids.generateProducerId(), 5001n);
});
