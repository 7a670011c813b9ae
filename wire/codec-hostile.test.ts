// Hostile input for every request and response decoder: random bytes, valid encodings with bytes
// flipped, and lengths claiming far more than the frame holds must end in a DecodeError (or a
// successful decode of what happens to be valid), never another exception and never an allocation
// sized by the hostile length.
import test from 'ava';
import { API_CODECS } from './generated/apis.js';
import { DecodeError, Reader, Writer } from './primitives/index.js';
import { seededRandom } from './record-batch/test-support.js';

/** Seeded floats in [0, 1), so a failure reproduces. */
function rng(seed: number): () => number {
  const next = seededRandom(seed);
  return () => next() / 2 ** 32;
}

const seed = Number(process.env.SEED ?? 20261127);

function decodeSafely(decode: () => unknown): string | null {
  try {
    decode();
    return null;
  } catch (err) {
    return err instanceof DecodeError ? null : `${(err as Error).name}: ${(err as Error).message}`;
  }
}

test(`random and mutated bytes never crash a decoder (SEED=${seed})`, (t) => {
  const rand = rng(seed);
  let decodes = 0;
  for (const api of API_CODECS.values()) {
    for (let v = api.minVersion; v <= api.maxVersion; v++) {
      for (const decode of [api.decodeRequest, api.decodeResponse]) {
        for (let i = 0; i < 8; i++) {
          const junk = Buffer.from(
            Array.from({ length: Math.floor(rand() * 64) }, () => Math.floor(rand() * 256)),
          );
          const problem = decodeSafely(() => decode(new Reader(junk), v));
          if (problem) t.fail(`${api.name} v${v} random ${junk.toString('hex')}: ${problem}`);
          decodes++;
        }
      }
      // A valid default message with bytes flipped.
      const w = new Writer();
      api.encodeRequest(w, v, {} as never);
      const valid = Buffer.from(w.toBuffer());
      for (let i = 0; i < valid.length; i++) {
        const bad = Buffer.from(valid);
        bad[i] = bad[i]! ^ (1 + Math.floor(rand() * 255));
        const problem = decodeSafely(() => api.decodeRequest(new Reader(bad), v));
        if (problem) t.fail(`${api.name} v${v} flipped byte ${i}: ${problem}`);
        decodes++;
      }
    }
  }
  t.true(decodes > 5000);
});

test('huge array, string and bytes lengths are refused before allocating', (t) => {
  const before = process.memoryUsage().arrayBuffers;
  // Metadata v1 request: topics array claims 2^31-1 entries in an 8-byte frame.
  const metadata = API_CODECS.get(3)!;
  const arrayClaim = Buffer.from([0x7f, 0xff, 0xff, 0xff, 0, 0, 0, 0]);
  t.throws(() => metadata.decodeRequest(new Reader(arrayClaim), 1), { instanceOf: DecodeError });
  // Metadata v9 (compact): topics array claims 2^32-2 entries through a 5-byte varint.
  const compactClaim = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0, 0]);
  t.throws(() => metadata.decodeRequest(new Reader(compactClaim), 9), { instanceOf: DecodeError });
  // A topic name claiming 32767 bytes.
  const stringClaim = Buffer.from([0, 0, 0, 1, 0x7f, 0xff, 0x61]);
  t.throws(() => metadata.decodeRequest(new Reader(stringClaim), 1), { instanceOf: DecodeError });
  // Produce v3: records bytes claiming 2 GiB.
  const produce = API_CODECS.get(0)!;
  const w = new Writer();
  w.nullableString(null, false);
  w.int16(1);
  w.int32(1000);
  w.int32(1);
  w.string('t', false);
  w.int32(1);
  w.int32(0);
  w.int32(0x7fffffff);
  t.throws(() => produce.decodeRequest(new Reader(Buffer.from(w.toBuffer())), 3), {
    instanceOf: DecodeError,
  });
  // A varint that never ends.
  const endless = Buffer.alloc(32, 0xff);
  t.throws(() => metadata.decodeRequest(new Reader(endless), 9), { instanceOf: DecodeError });
  const grown = process.memoryUsage().arrayBuffers - before;
  t.true(grown < 64 * 1024 * 1024, `array buffers grew by ${grown} bytes`);
});
