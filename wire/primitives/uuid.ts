// Kafka UUIDs (topic ids) travel as 16 raw bytes; GOssip shows them as Kafka does, in URL-safe
// base64 without padding (22 characters), which is also how they are keyed in maps.

export const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

export function uuidFromBytes(bytes: Buffer): string {
  return bytes.toString('base64url');
}

export function uuidToBytes(uuid: string): Buffer {
  const bytes = Buffer.from(uuid, 'base64url');
  if (bytes.length !== 16) throw new RangeError(`not a 16-byte uuid: ${uuid}`);
  return bytes;
}
