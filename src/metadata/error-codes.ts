// Kafka error codes that metadata changes can answer with. Expected failures are data: the
// controller returns one of these numbers (from the generated Kafka error table) with a message,
// it never throws.

import { ErrorCode } from '../../wire/generated/error-codes.js';

export const {
  NONE,
  UNKNOWN_TOPIC_OR_PARTITION,
  INVALID_TOPIC_EXCEPTION,
  TOPIC_ALREADY_EXISTS,
  INVALID_PARTITIONS,
  INVALID_REPLICATION_FACTOR,
  INVALID_CONFIG,
  INVALID_REQUEST,
  BROKER_ID_NOT_REGISTERED,
} = ErrorCode;

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
