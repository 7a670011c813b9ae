// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) for legacy message sets (magic 0 and 1),
// whose per-message CRC predates CRC-32C. Node 20's zlib has no crc32, so this is a byte-at-a-time
// table lookup; legacy messages are rare and small, so it is not on the hot path.

const TABLE = buildTable();

function buildTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** CRC-32 (IEEE) of buf[start, end), returned as an unsigned 32-bit number. */
export function crc32Ieee(buf: Uint8Array, start = 0, end: number = buf.length): number {
  let crc = 0xffffffff;
  for (let i = start; i < end; i++) crc = TABLE[(crc ^ buf[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
