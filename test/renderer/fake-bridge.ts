import {
  channels,
  type AlongsideBridge,
  type AppError,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type ErrorCode,
  type EventName,
  type EventPayload,
  type LockReason,
  type Result,
  type Settings,
  type Strength,
  type VaultState,
} from '../../src-main/contract';
import { FakeAdmin } from './fake-admin';
import { FakeRecord } from './fake-record';
import { FakeRights } from './fake-rights';
import { FakeSharing } from './fake-sharing';

export const GOOD_PASSPHRASE = 'maple kettle orbit lantern';
export const OTHER_GOOD_PASSPHRASE = 'river candle meadow piano';
export const FIRST_RECOVERY_CODE = '7KQ2-M9XD-4HTB-PW3E-ZR8N-6CJV';
export const SECOND_RECOVERY_CODE = 'A1B2-C3D4-E5F6-G7H8-J9K0-MNPQ';

/** The core's backoff: five free tries, then 30 s doubling, capped at 15 minutes. */
const FREE_ATTEMPTS = 5;
export function delayAfter(failures: number, firstDelayMs = 30_000): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(firstDelayMs * 2 ** (failures - FREE_ATTEMPTS), 15 * 60_000);
}

function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/**
 * A crude, deterministic stand-in for zxcvbn: length decides the score, a few famous
 * passwords score 0. The renderer only ever sees the shape, so that is what matters here.
 */
export function fakeStrength(passphrase: string, minScore: number): Strength {
  const common = ['password', 'qwerty', '123456', 'alongside'];
  const length = passphrase.length;
  let score = length < 8 ? 0 : length < 12 ? 1 : length < 16 ? 2 : length < 20 ? 3 : 4;
  let warning: string | null = null;
  let suggestions: string[] = [];
  if (common.includes(passphrase.toLowerCase())) {
    score = 0;
    warning = 'topTen';
    suggestions = ['anotherWord', 'useWords'];
  } else if (score < minScore) {
    warning = passphrase.includes(' ') ? null : 'wordByItself';
    suggestions = ['anotherWord'];
  }
  return { score, minScore, acceptable: score >= minScore, warning, suggestions };
}

export interface FakeCoreOptions {
  state?: VaultState;
  passphrase?: string;
  recoveryCode?: string;
  recoveryCodeConfirmed?: boolean;
  failures?: number;
  settings?: Partial<Settings>;
  minScore?: number;
  now?: () => number;
  /** Shorter than the core's 30 s, so a test can watch a wait end. */
  firstDelayMs?: number;
}

type Handler<C extends Channel> = (
  input: ChannelInput<C>,
) => Result<ChannelOutput<C>> | Promise<Result<ChannelOutput<C>>>;
/** Areas a test does not fake answer INTERNAL, as a core without that area would. */
type Handlers = { [C in Channel]?: Handler<C> };
type StateListener = (payload: EventPayload<'vault.stateChanged'>) => void;

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

function fail(
  code: ErrorCode,
  message: string,
  retryAfterMs?: number,
): { ok: false; error: AppError } {
  return {
    ok: false,
    error: retryAfterMs === undefined ? { code, message } : { code, message, retryAfterMs },
  };
}

/** In memory, typed by the contract, and strict about it: inputs and outputs go through zod. */
export class FakeCore implements AlongsideBridge {
  state: VaultState;
  passphrase: string;
  recoveryCode: string;
  recoveryCodeConfirmed: boolean;
  failures: number;
  lastFailureAt: number | null;
  settings: Settings;
  readonly minScore: number;
  readonly firstDelayMs: number;
  readonly calls: { channel: Channel; input: unknown }[] = [];
  private readonly listeners = new Set<StateListener>();
  private readonly now: () => number;
  private readonly codes: string[] = [SECOND_RECOVERY_CODE];
  private readonly injectedErrors: Partial<Record<Channel, ErrorCode>> = {};
  /** People, goals, notes and reflections, in memory. */
  readonly record = new FakeRecord();
  /** The person's rights, the activity log and the funder report, in memory. */
  readonly rights = new FakeRights(this.record);
  /** Recipients, shares, consent and review mode, in memory. */
  readonly sharing = new FakeSharing(this.record, this);
  /** The agency policy, backup, restore and verify. */
  readonly admin = new FakeAdmin({ state: () => this.state, unlock: () => this.unlocked() });
  /** Answers wait this long, so a test can see work in flight; 0 answers at once. */
  latencyMs = 0;

  constructor(options: FakeCoreOptions = {}) {
    this.state = options.state ?? 'absent';
    this.passphrase = options.passphrase ?? GOOD_PASSPHRASE;
    this.recoveryCode = options.recoveryCode ?? FIRST_RECOVERY_CODE;
    this.recoveryCodeConfirmed = options.recoveryCodeConfirmed ?? true;
    this.now = options.now ?? Date.now;
    this.failures = options.failures ?? 0;
    this.lastFailureAt = this.failures > 0 ? this.now() : null;
    this.settings = { language: 'en', idleLockMinutes: 5, ...options.settings };
    this.minScore = options.minScore ?? 3;
    this.firstDelayMs = options.firstDelayMs ?? 30_000;
  }

  /** The next call to this channel answers with this error, as a broken vault would. */
  failNext(channel: Channel, code: ErrorCode): void {
    this.injectedErrors[channel] = code;
  }

  callsTo(channel: Channel): unknown[] {
    return this.calls.filter((call) => call.channel === channel).map((call) => call.input);
  }

  async invoke<C extends Channel>(
    channel: C,
    input: ChannelInput<C>,
  ): Promise<Result<ChannelOutput<C>>> {
    this.calls.push({ channel, input });
    const spec = channels[channel];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) return fail('INVALID_INPUT', parsed.error.message);
    if (!spec.whileLocked && this.state !== 'unlocked') return fail('LOCKED', 'Vault is locked.');
    if (this.sharing.refusesInReview(channel)) return fail('IN_REVIEW', 'Review mode is on.');
    const injected = this.injectedErrors[channel];
    if (injected) {
      delete this.injectedErrors[channel];
      return fail(injected, `Injected ${injected}.`);
    }
    if (this.latencyMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    }
    const handler = this.handlers[channel] as Handler<C> | undefined;
    if (!handler) return fail('INTERNAL', `No fake for ${channel}.`);
    const result = await handler(input);
    if (result.ok) spec.output.parse(result.value);
    return result;
  }

  on<E extends EventName>(_event: E, listener: (payload: EventPayload<E>) => void): () => void {
    const typed = listener as StateListener;
    this.listeners.add(typed);
    return () => this.listeners.delete(typed);
  }

  emit(payload: EventPayload<'vault.stateChanged'>): void {
    for (const listener of this.listeners) listener(payload);
  }

  /** What the core does when its idle timer, the OS or the person locks the vault. */
  lockFromCore(reason: LockReason): void {
    this.state = 'locked';
    this.emit({ state: 'locked', reason });
  }

  retryAfterMs(): number {
    if (this.lastFailureAt === null) return 0;
    return Math.max(
      0,
      this.lastFailureAt + delayAfter(this.failures, this.firstDelayMs) - this.now(),
    );
  }

  private recordFailure(): void {
    this.failures += 1;
    this.lastFailureAt = this.now();
  }

  private unlocked(): void {
    this.failures = 0;
    this.lastFailureAt = null;
    this.state = 'unlocked';
    queueMicrotask(() => this.emit({ state: 'unlocked' }));
  }

  private readonly handlers: Handlers = {
    ...this.record.handlers,
    ...this.rights.handlers,
    ...this.sharing.handlers,
    ...this.admin.handlers,
    'vault.status': () =>
      ok({
        state: this.state,
        retryAfterMs: this.retryAfterMs(),
        failedAttempts: this.failures,
        passphraseMinScore: this.minScore,
        recoveryCodeConfirmed: this.recoveryCodeConfirmed,
      }),
    'vault.strength': ({ passphrase }) => ok(fakeStrength(passphrase, this.minScore)),
    'vault.create': ({ passphrase }) => {
      if (this.state !== 'absent') return fail('VAULT_EXISTS', 'A vault exists.');
      if (!fakeStrength(passphrase, this.minScore).acceptable) {
        return fail('WEAK_PASSPHRASE', 'Too weak.');
      }
      this.passphrase = passphrase;
      this.recoveryCodeConfirmed = false;
      this.unlocked();
      return ok({ recoveryCode: this.recoveryCode });
    },
    'vault.unlock': ({ passphrase }) => {
      if (this.state === 'absent') return fail('NO_VAULT', 'No vault.');
      const wait = this.retryAfterMs();
      if (wait > 0) return fail('RATE_LIMITED', 'Wait.', wait);
      if (passphrase !== this.passphrase) {
        this.recordFailure();
        return fail('WRONG_PASSPHRASE', 'Wrong passphrase.');
      }
      this.unlocked();
      return ok({});
    },
    'vault.unlockWithRecoveryCode': ({ recoveryCode, newPassphrase }) => {
      if (this.state === 'absent') return fail('NO_VAULT', 'No vault.');
      const wait = this.retryAfterMs();
      if (wait > 0) return fail('RATE_LIMITED', 'Wait.', wait);
      if (normalizeCode(recoveryCode) !== normalizeCode(this.recoveryCode)) {
        this.recordFailure();
        return fail('WRONG_RECOVERY_CODE', 'Wrong code.');
      }
      if (!fakeStrength(newPassphrase, this.minScore).acceptable) {
        return fail('WEAK_PASSPHRASE', 'Too weak.');
      }
      this.passphrase = newPassphrase;
      this.unlocked();
      return ok({});
    },
    'vault.lock': () => {
      if (this.state === 'unlocked') {
        this.state = 'locked';
        queueMicrotask(() => this.emit({ state: 'locked', reason: 'manual' }));
      }
      return ok({});
    },
    'vault.changePassphrase': ({ current, next }) => {
      if (current !== this.passphrase) return fail('WRONG_PASSPHRASE', 'Wrong passphrase.');
      if (!fakeStrength(next, this.minScore).acceptable) {
        return fail('WEAK_PASSPHRASE', 'Too weak.');
      }
      this.passphrase = next;
      return ok({});
    },
    'vault.confirmRecoveryCode': () => {
      this.recoveryCodeConfirmed = true;
      return ok({});
    },
    'vault.renewRecoveryCode': ({ passphrase }) => {
      if (passphrase !== this.passphrase) return fail('WRONG_PASSPHRASE', 'Wrong passphrase.');
      this.recoveryCode = this.codes.shift() ?? this.recoveryCode;
      this.recoveryCodeConfirmed = false;
      return ok({ recoveryCode: this.recoveryCode });
    },
    'session.activity': () => ok({}),
    'settings.get': () => ok(this.settings),
    'settings.setLanguage': ({ language }) => {
      this.settings = { ...this.settings, language };
      return ok(this.settings);
    },
    'settings.setIdleLock': ({ minutes }) => {
      this.settings = { ...this.settings, idleLockMinutes: minutes };
      return ok(this.settings);
    },
  };
}
