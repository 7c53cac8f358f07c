import type { Logger, LogFields } from '../ports';
import type { HostLogEntry, LogLevel } from './messages';

/**
 * Log lines leave the worker as codes, counts and ids only. The core promises that already; this
 * port enforces it at the thread boundary, so a careless `logger.error(err.message)` carrying a
 * sentence from a note is blanked here instead of reaching a terminal or a support bundle.
 */

const MESSAGE_PATTERN = /^[A-Za-z0-9_.:\- ]{1,100}$/;
const KEY_PATTERN = /^[A-Za-z0-9_.]{1,40}$/;
const VALUE_PATTERN = /^[A-Za-z0-9_.:-]{0,80}$/;
const MAX_FIELDS = 12;

export const REDACTED = '[redacted]';

export function sanitizeLogEntry(
  level: LogLevel,
  message: string,
  fields: LogFields = {},
): HostLogEntry {
  const clean: Record<string, string | number | boolean> = {};
  let kept = 0;
  for (const [key, value] of Object.entries(fields)) {
    if (kept >= MAX_FIELDS || !KEY_PATTERN.test(key)) continue;
    kept += 1;
    if (typeof value === 'number') clean[key] = Number.isFinite(value) ? value : REDACTED;
    else if (typeof value === 'boolean') clean[key] = value;
    else clean[key] = typeof value === 'string' && VALUE_PATTERN.test(value) ? value : REDACTED;
  }
  return { level, message: MESSAGE_PATTERN.test(message) ? message : REDACTED, fields: clean };
}

export function createPortLogger(post: (entry: HostLogEntry) => void): Logger {
  const write = (level: LogLevel) => (message: string, fields?: LogFields) =>
    post(sanitizeLogEntry(level, message, fields));
  return { info: write('info'), warn: write('warn'), error: write('error') };
}
