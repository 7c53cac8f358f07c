import type { EventName } from '../contract';

/** Time enters the core through this port so tests can move it. */
export interface Clock {
  now(): number;
}

/** Log fields are codes, counts and ids: never content, never secrets. */
export type LogFields = Record<string, string | number | boolean>;

export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export type EventSink = (name: EventName, payload: unknown) => void;

export const systemClock: Clock = { now: () => Date.now() };

/** Writes one JSON line per entry to stderr, which is where Electron's main process collects it. */
export const stderrLogger: Logger = {
  info: (message, fields) => writeLog('info', message, fields),
  warn: (message, fields) => writeLog('warn', message, fields),
  error: (message, fields) => writeLog('error', message, fields),
};

function writeLog(level: string, message: string, fields?: LogFields): void {
  process.stderr.write(`${JSON.stringify({ level, message, ...fields })}\n`);
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** What a save asks for: a suggested file name, the kind of file, and its bytes. */
export interface SaveFileRequest {
  suggestedName: string;
  kind: 'pdf' | 'json' | 'csv';
  bytes: Uint8Array;
}

export type SaveFileResult = { saved: true; fileName: string } | { saved: false };

/**
 * Runs after the person has chosen where to save and before any byte is written: true writes,
 * false writes nothing and the save answers `{ saved: false }`; a throw writes nothing and the
 * save rejects with it. A save dialog can stay open for as long as the person likes, so this is
 * where a release checks its consent again.
 */
export type BeforeWrite = () => Promise<boolean>;

/**
 * Asks the worker where to save (a save dialog in the app), runs `beforeWrite`, then writes the
 * bytes there. Handed only to core/sharing/release.ts: that is the one way out of the app.
 */
export type SaveFilePort = (
  request: SaveFileRequest,
  beforeWrite: BeforeWrite,
) => Promise<SaveFileResult>;
