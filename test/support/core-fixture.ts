import { createCore } from '../../src-main/core/app';
import type { Core, CoreOptions } from '../../src-main/core/app';
import type { LogFields, Logger } from '../../src-main/core/ports';
import type { KdfCost } from '../../src-main/core/vault/kdf';
import { FakeClock } from './fake-clock';
import { makeTempDir } from './temp-dir';

/** OWASP's minimum: the lightest cost the vault accepts, to keep the suite fast. */
export const TEST_KDF: KdfCost = { memoryKiB: 19_456, iterations: 2, parallelism: 1 };

export const STRONG_PASSPHRASE = 'otter lantern quietly folds maps';
export const OTHER_STRONG_PASSPHRASE = 'violet harbour sings under teacups';

export interface LogEntry {
  level: string;
  message: string;
  fields?: LogFields;
}

export class MemoryLogger implements Logger {
  readonly entries: LogEntry[] = [];
  info(message: string, fields?: LogFields): void {
    this.entries.push({ level: 'info', message, fields });
  }
  warn(message: string, fields?: LogFields): void {
    this.entries.push({ level: 'warn', message, fields });
  }
  error(message: string, fields?: LogFields): void {
    this.entries.push({ level: 'error', message, fields });
  }
  text(): string {
    return JSON.stringify(this.entries);
  }
}

export interface CoreFixture {
  core: Core;
  clock: FakeClock;
  logger: MemoryLogger;
  events: Array<{ name: string; payload: unknown }>;
  dataDir: string;
  /** Closes this core and starts another on the same folder, as a restart would. */
  restart(): Promise<void>;
  cleanup(): Promise<void>;
}

export async function makeCore(overrides: Partial<CoreOptions> = {}): Promise<CoreFixture> {
  const dir = await makeTempDir();
  const clock = new FakeClock();
  const logger = new MemoryLogger();
  const events: Array<{ name: string; payload: unknown }> = [];
  const build = () =>
    createCore({
      dataDir: dir.path,
      clock,
      logger,
      kdf: TEST_KDF,
      idleCheckIntervalMs: 0,
      onEvent: (name, payload) => events.push({ name, payload }),
      ...overrides,
    });
  const fixture: CoreFixture = {
    core: build(),
    clock,
    logger,
    events,
    dataDir: dir.path,
    async restart() {
      await fixture.core.close();
      fixture.core = build();
    },
    async cleanup() {
      await fixture.core.close();
      await dir.remove();
    },
  };
  return fixture;
}

/** Calls a channel and returns its value, failing the test with the error code otherwise. */
export async function call(core: Core, channel: string, input: unknown = {}): Promise<unknown> {
  const result = await core.dispatch(channel, input);
  if (!result.ok)
    throw new Error(`${channel} failed with ${result.error.code}: ${result.error.message}`);
  return result.value;
}
