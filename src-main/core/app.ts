import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { EventName, LockReason, Result } from '../contract';
import { adminHandlers } from './admin/handlers';
import { noFolderChooser } from './admin/ports';
import type { ChooseFolderPort, UnlockPort } from './admin/ports';
import type { CoreContext } from './context';
import type { EffectivePolicy } from './policy/effective';
import { loadPolicyFile, slotCost } from './policy/load';
import type { LoadedPolicy } from './policy/load';
import { recordHandlers } from './record/handlers';
import { rightsHandlers } from './rights/handlers';
import { sharingHandlers } from './sharing/handlers';
import { ReviewMode } from './sharing/review-mode';
import { endInterruptedReviews } from './sharing/review.service';
import { createRouter } from './router';
import type { Dispatch, Handlers } from './router';
import { appendAudit } from './audit/audit.service';
import { systemClock, stderrLogger } from './ports';
import type { Clock, Logger, SaveFilePort } from './ports';
import { AppFailure } from './failure';
import { IdleLock } from './session/idle-lock';
import {
  DEFAULT_SETTINGS,
  PREFERENCES_FILE,
  readPreferences,
  writePreferences,
} from './settings/preferences';
import { DEFAULT_KDF_COST } from './vault/kdf';
import type { KdfCost } from './vault/kdf';
import { VaultService } from './vault/vault.service';

export interface CoreOptions {
  /** Folder holding vault.json, alongside.db and preferences.json. */
  dataDir: string;
  clock?: Clock;
  logger?: Logger;
  onEvent?: (name: EventName, payload: unknown) => void;
  /** Argon2id cost for new key slots; never below OWASP's minimum. */
  kdf?: KdfCost;
  newId?: () => string;
  /** How often the idle lock is checked; 0 turns the timer off (tests call checkIdle). */
  idleCheckIntervalMs?: number;
  /** Asks where to save and writes a released file; without it every release is refused. */
  saveFile?: SaveFilePort;
  /** The rules in force; read at each use. Overrides `policyFile` (tests of other areas). */
  policy?: () => EffectivePolicy;
  /** The agency's policy file; read at start, at each unlock and when the settings ask. */
  policyFile?: string;
  /** Asks for a folder to back up into or restore from; without it both answer as cancelled. */
  chooseFolder?: ChooseFolderPort;
}

export interface Core {
  dispatch: Dispatch;
  lock(reason: LockReason): Promise<void>;
  /** Locks if nobody has used the app for the idle period. */
  checkIdle(): Promise<void>;
  close(): Promise<void>;
  /** For services and tests inside the core; never crosses the door. */
  vault: VaultService;
}

/** The only place the core's parts are put together; the host and the tests both call it. */
export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? stderrLogger;
  const newId = options.newId ?? randomUUID;
  const emit = options.onEvent ?? (() => {});
  const preferencesFile = join(options.dataDir, PREFERENCES_FILE);
  const idle = new IdleLock(clock, DEFAULT_SETTINGS.idleLockMinutes * 60_000);
  const review = new ReviewMode();

  let loadedPolicy = loadPolicyFile(options.policyFile);
  const reloadPolicy = (): LoadedPolicy => {
    if (options.policy) return { effective: options.policy(), locked: [], source: 'none' };
    loadedPolicy = loadPolicyFile(options.policyFile);
    return loadedPolicy;
  };
  const policy = options.policy ?? (() => loadedPolicy.effective);

  const vault = new VaultService({
    dataDir: options.dataDir,
    clock,
    logger,
    newId,
    kdfCost: () => slotCost(options.kdf ?? DEFAULT_KDF_COST, policy().kdfFloor),
    minScore: () => policy().minPassphraseScore,
    onStateChanged: (state, reason) => {
      if (state === 'unlocked') idle.touch();
      // Locking ends review mode: whoever unlocks next starts from the worker's own screens, and
      // the share left undecided goes back to draft at that unlock (`endInterruptedReviews`).
      if (state === 'locked') review.end();
      emit('vault.stateChanged', reason ? { state, reason } : { state });
    },
  });

  // The worker's own choice is kept only while it is at least as strict as the agency's maximum.
  const settings = async () => {
    const stored = await readPreferences(preferencesFile, DEFAULT_SETTINGS);
    const current = {
      ...stored,
      idleLockMinutes: Math.min(stored.idleLockMinutes, policy().idleLockMaxMinutes),
    };
    idle.setTimeout(current.idleLockMinutes * 60_000);
    return current;
  };
  /** At each unlock the agency's file is read again, and an agency rule in force is recorded. */
  const beforeUnlock = () => {
    const loaded = reloadPolicy();
    void settings().catch(() => undefined);
    return loaded;
  };
  const afterUnlock = async (loaded: LoadedPolicy) => {
    await vault.transaction(async (trx) => {
      await endInterruptedReviews(trx, { clock, newId }, review.session?.shareId ?? null);
      if (loaded.source === 'none') return;
      await appendAudit(
        trx,
        { clock, newId },
        {
          action: 'policy.loaded',
          detail: { source: loaded.source },
        },
      );
    });
  };
  /**
   * The one way in, for the unlock channels and for a restore, so each opening reads the agency's
   * file again and records it. Unlocking an open vault with its passphrase changes nothing, so
   * nothing new is recorded then.
   */
  const unlockWith: UnlockPort = async (secret) => {
    const loaded = beforeUnlock();
    const opens = 'recoveryCode' in secret || !vault.isUnlocked();
    if ('passphrase' in secret) await vault.unlock(secret.passphrase);
    else await vault.unlockWithRecoveryCode(secret.recoveryCode, secret.newPassphrase);
    if (opens) await afterUnlock(loaded);
  };
  void settings().catch(() => undefined);

  const context: CoreContext = {
    db: () => vault.database(),
    deps: { clock, newId },
    clock,
    logger,
    vault,
    saveFile:
      options.saveFile ??
      (() => Promise.reject(new AppFailure('INTERNAL', 'No way to save files in this host'))),
    policy,
    emit,
    dataDir: options.dataDir,
  };

  const handlers: Handlers = {
    ...recordHandlers(context.db, context.deps),
    ...sharingHandlers(context, review),
    ...rightsHandlers(context),
    ...adminHandlers(context, {
      chooseFolder: options.chooseFolder ?? noFolderChooser,
      reloadPolicy,
      unlock: unlockWith,
    }),
    'vault.status': () => vault.status(),
    'vault.strength': async ({ passphrase }) => vault.strength(passphrase),
    'vault.create': async ({ passphrase }) => {
      const loaded = beforeUnlock();
      const created = await vault.create(passphrase);
      await afterUnlock(loaded);
      return created;
    },
    'vault.unlock': async ({ passphrase }) => {
      await unlockWith({ passphrase });
      return {};
    },
    'vault.unlockWithRecoveryCode': async ({ recoveryCode, newPassphrase }) => {
      await unlockWith({ recoveryCode, newPassphrase });
      return {};
    },
    'vault.lock': async () => {
      await vault.lock('manual');
      return {};
    },
    'vault.changePassphrase': async ({ current, next }) => {
      await vault.changePassphrase(current, next);
      return {};
    },
    'vault.confirmRecoveryCode': async () => {
      await vault.confirmRecoveryCode();
      return {};
    },
    'vault.renewRecoveryCode': ({ passphrase }) => vault.renewRecoveryCode(passphrase),
    'session.activity': async () => ({}),
    'settings.get': () => settings(),
    'settings.setLanguage': async ({ language }) => {
      const next = { ...(await settings()), language };
      await writePreferences(preferencesFile, next);
      return next;
    },
    'settings.setIdleLock': async ({ minutes }) => {
      const max = policy().idleLockMaxMinutes;
      if (minutes > max) {
        throw new AppFailure('NOT_ALLOWED_BY_POLICY', `The agency allows at most ${max} minutes`);
      }
      const next = { ...(await settings()), idleLockMinutes: minutes };
      await vault.transaction(async (trx) => {
        await appendAudit(
          trx,
          { clock, newId },
          {
            action: 'settings.idle_lock_changed',
            detail: { minutes },
          },
        );
        await writePreferences(preferencesFile, next);
      });
      idle.setTimeout(minutes * 60_000);
      return next;
    },
  };

  const dispatch = createRouter({
    handlers,
    isUnlocked: () => vault.isUnlocked(),
    gate: (channel) => review.refusal(channel),
    logger,
    // Polling the status or the settings is the app looking, not a person using it.
    onActivity: (channel) => {
      if (channel !== 'vault.status' && channel !== 'settings.get' && channel !== 'policy.get') {
        idle.touch();
      }
    },
  });

  const checkIdle = async () => {
    if (vault.isUnlocked() && idle.isIdle()) await vault.lock('idle');
  };

  const intervalMs = options.idleCheckIntervalMs ?? 15_000;
  const timer = intervalMs > 0 ? setInterval(() => void checkIdle(), intervalMs) : null;
  timer?.unref();

  return {
    dispatch: (channel, input): Promise<Result<unknown>> => dispatch(channel, input),
    lock: (reason) => vault.lock(reason),
    checkIdle,
    vault,
    async close() {
      if (timer) clearInterval(timer);
      await vault.lock('quit');
    },
  };
}
