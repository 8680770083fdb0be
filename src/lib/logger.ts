/** JSON logs (pino). One root logger per process, created by the composition root. */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, base: Record<string, unknown> = {}): Logger {
  return pino({ level, base: { service: 'draftgate', ...base }, timestamp: pino.stdTimeFunctions.isoTime });
}

export const silentLogger = (): Logger => pino({ level: 'silent' });
