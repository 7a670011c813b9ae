// Random 16-byte ids as Kafka makes them (Uuid.randomUuid): never all zeros, never the reserved
// metadata topic id (...0001), and never one whose base64url text starts with '-', which command
// lines would take for an option. A cluster id is such an id in 22 characters of base64url.
import type { Random } from '../common/random.js';

const METADATA_TOPIC_ID = Buffer.from('00000000000000000000000000000001', 'hex');

export function randomUuid(random: Random, taken: (hex: string) => boolean = () => false): Buffer {
  for (;;) {
    const id = random.uuidBytes();
    if (id.length !== 16) throw new Error(`uuidBytes() returned ${id.length} bytes, not 16`);
    if (id.every((b) => b === 0) || id.equals(METADATA_TOPIC_ID)) continue;
    if (id.toString('base64url').startsWith('-') || taken(id.toString('hex'))) continue;
    return id;
  }
}

export function generateClusterId(random: Random): string {
  return randomUuid(random).toString('base64url');
}

export function isValidClusterId(clusterId: string): boolean {
  return /^[A-Za-z0-9_-]{21}[AQgw]$/.test(clusterId);
}
