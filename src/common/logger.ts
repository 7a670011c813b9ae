// Structured logs: pino, JSON lines on stderr (stdout carries only the ready line). The level comes
// from log.level / GOSSIP_LOG_LEVEL; tests pass a silent logger.
import { type Logger, pino } from 'pino';

export type { Logger };

export function createLogger(level = 'info'): Logger {
  return pino({ level, base: { service: 'gossip' } }, pino.destination({ fd: 2, sync: false }));
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
