// The few logging calls the metadata module makes. A pino logger satisfies this interface, and
// tests pass a collecting logger to assert on what recovery reports.

export interface MetadataLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: MetadataLogger = {
  info() {},
  warn() {},
  error() {},
};
