// `Init<T>` is what an encoder accepts: the decoded message type with every field optional, so a
// handler writes only the fields it means and the encoder fills Kafka's defaults for the rest.

export type Init<T> = T extends Buffer
  ? T
  : T extends bigint | string | number | boolean | null | undefined
    ? T
    : T extends readonly (infer U)[]
      ? readonly Init<U>[]
      : T extends object
        ? { [K in keyof T]?: K extends 'unknownTaggedFields' ? T[K] : Init<T[K]> }
        : T;
