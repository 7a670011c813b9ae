// Every limit the broker enforces, declared once with its unit in the name. Values that Kafka lets
// users set (socket.request.max.bytes, ...) are overridden from BrokerConfig; the rest are fixed.

export interface Limits {
  /** Largest request frame accepted (Kafka: socket.request.max.bytes). Checked before buffering. */
  frameBytesMax: number;
  /** Requests read from one connection but not yet answered; reading pauses at this count. */
  inFlightRequestsMax: number;
  /** Connections open at once (Kafka: max.connections); further ones are closed on accept. */
  connectionsMax: number;
  /** Response bytes queued on one socket before it stops reading requests (back-pressure). */
  socketQueuedBytesMax: number;
  /** Topics one Metadata request may auto-create. */
  autoCreateTopicsPerRequestMax: number;
  /** Partitions a topic may have. */
  partitionsPerTopicMax: number;
  /** Body of one import API request (gossip-migrate's record batches); refused before buffering. */
  importBodyBytesMax: number;
}

export const DEFAULT_LIMITS: Limits = {
  frameBytesMax: 100 * 1024 * 1024,
  inFlightRequestsMax: 64,
  connectionsMax: 10_000,
  socketQueuedBytesMax: 64 * 1024 * 1024,
  autoCreateTopicsPerRequestMax: 1_000,
  partitionsPerTopicMax: 100_000,
  importBodyBytesMax: 64 * 1024 * 1024,
};

/** Partition directories opened at once while the log manager loads a data directory at start-up. */
export const PARTITION_OPENS_IN_FLIGHT_MAX = 64;

/** Size of one arena that incoming Produce frames are copied into (frame-arena.ts). */
export const FRAME_ARENA_BYTES = 1 << 20;
/** Released arenas kept for reuse; beyond this they are left to the GC. */
export const FRAME_ARENAS_SPARE_MAX = 8;
/** The listener's one buffer that socket reads land in before frames are copied out. */
export const SOCKET_READ_BUFFER_BYTES = 64 * 1024;
