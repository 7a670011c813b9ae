// Decoding failures of the wire codec. A DecodeError means the bytes do not form a valid message:
// the network layer answers by closing that one connection, never by crashing the broker.

export class DecodeError extends Error {
  override readonly name = 'DecodeError';
}

export class EncodeError extends Error {
  override readonly name = 'EncodeError';
}
