// Kafka error codes that metadata changes can answer with. Expected failures are data: the
// controller returns one of these numbers (Kafka's own values) with a message, it never throws.

export const NONE = 0;
export const UNKNOWN_TOPIC_OR_PARTITION = 3;
export const INVALID_TOPIC_EXCEPTION = 17;
export const TOPIC_ALREADY_EXISTS = 36;
export const INVALID_PARTITIONS = 37;
export const INVALID_REPLICATION_FACTOR = 38;
export const INVALID_CONFIG = 40;
export const INVALID_REQUEST = 42;
export const BROKER_ID_NOT_REGISTERED = 102;

/** Kafka's default message for an error code, used where Kafka answers with the default. */
export const UNKNOWN_TOPIC_OR_PARTITION_MESSAGE = 'This server does not host this topic-partition.';

export interface ChangeResult {
  errorCode: number;
  errorMessage: string | null;
}

export const OK: ChangeResult = Object.freeze({ errorCode: NONE, errorMessage: null });

export function failure(errorCode: number, errorMessage: string | null): ChangeResult {
  return { errorCode, errorMessage };
}
