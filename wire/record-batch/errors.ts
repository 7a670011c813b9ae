// Error vocabulary for record batches and legacy message sets. Kinds use Kafka's error names so a
// handler can map them straight to an error code; validators return `{ kind, message }` as data and
// low-level readers throw RecordBatchError, which has the same shape.

export const RecordErrorKind = {
  CORRUPT_MESSAGE: 'CORRUPT_MESSAGE',
  INVALID_RECORD: 'INVALID_RECORD',
  UNSUPPORTED_COMPRESSION_TYPE: 'UNSUPPORTED_COMPRESSION_TYPE',
  UNSUPPORTED_FOR_MESSAGE_FORMAT: 'UNSUPPORTED_FOR_MESSAGE_FORMAT',
} as const;
export type RecordErrorKind = (typeof RecordErrorKind)[keyof typeof RecordErrorKind];

/** A failure described as data: what went wrong (`kind`) and a human-readable `message`. */
export interface RecordProblem {
  readonly kind: RecordErrorKind;
  readonly message: string;
}

/** Thrown by readers and encoders in this folder; never a bare RangeError. */
export class RecordBatchError extends Error implements RecordProblem {
  readonly kind: RecordErrorKind;

  constructor(kind: RecordErrorKind, message: string) {
    super(message);
    this.name = 'RecordBatchError';
    this.kind = kind;
  }
}

export function problem(kind: RecordErrorKind, message: string): RecordProblem {
  return { kind, message };
}

/** Turns anything caught while parsing into a RecordProblem; rethrows what is not ours (a bug). */
export function asProblem(error: unknown): RecordProblem {
  if (error instanceof RecordBatchError) return { kind: error.kind, message: error.message };
  throw error;
}

/** The decompression bomb guard's failure, shared by every codec. */
export function tooLarge(codec: string, maxBytes: number): RecordBatchError {
  return new RecordBatchError(
    'CORRUPT_MESSAGE',
    `${codec}: decompressed data exceeds the limit of ${maxBytes} bytes`,
  );
}
