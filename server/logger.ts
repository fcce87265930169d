import pino, { type Logger } from 'pino';
import type { LogLevel } from './config';

export type { Logger };

/** JSON lines in production or when piped; pretty lines in a terminal. */
export function createLogger(level: LogLevel, production: boolean): Logger {
  const pretty = !production && process.stdout.isTTY;
  return pino({
    level,
    ...(pretty ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname', translateTime: 'HH:MM:ss' } } } : {}),
  });
}
