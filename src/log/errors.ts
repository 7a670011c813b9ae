// Failures of the log store. A KafkaStorageError means the partition's files can no longer be
// trusted (a write or fsync failed, or the log is closed): callers answer KAFKA_STORAGE_ERROR and
// the log refuses further appends so no offset is ever handed out twice.

export const KAFKA_STORAGE_ERROR = 56;

export class KafkaStorageError extends Error {
  readonly errorCode = KAFKA_STORAGE_ERROR;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KafkaStorageError';
  }
}
