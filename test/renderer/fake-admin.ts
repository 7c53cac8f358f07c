import type {
  AppError,
  BackupResult,
  Channel,
  ChannelInput,
  ChannelOutput,
  PolicyStatus,
  Result,
  VaultState,
  VerifyResult,
} from '../../src-main/contract';

type Handler<C extends Channel> = (
  input: ChannelInput<C>,
) => Result<ChannelOutput<C>> | Promise<Result<ChannelOutput<C>>>;

export type AdminChannel = Extract<
  Channel,
  `${'policy' | 'backup' | 'restore' | 'verify'}.${string}`
>;
type AdminHandlers = { [C in AdminChannel]: Handler<C> };

export const BACKUP_PASSPHRASE = 'a backup passphrase that opens';
export const BACKUP_RECOVERY_CODE = 'B2C3-D4E5-F6G7-H8J9-K0MN-PQRS';

export const NO_POLICY: PolicyStatus = {
  effective: {
    idleLockMaxMinutes: 60,
    minPassphraseScore: 3,
    consentDefaultDays: 30,
    consentMaxDays: 365,
    releaseFormats: ['pdf', 'fhir_json'],
    funderReportEnabled: true,
  },
  locked: [],
  source: 'none',
};

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

function fail(code: AppError['code'], message: string): { ok: false; error: AppError } {
  return { ok: false, error: { code, message } };
}

export interface FakeAdminHost {
  state: () => VaultState;
  /** Opens the fake vault, as the core does once a restored vault opens. */
  unlock: () => void;
}

/**
 * The managed policy, backup, restore and verify, in memory. A test sets what the next folder
 * dialog answers (`folder`), the policy in force, and what a check finds.
 */
export class FakeAdmin {
  policy: PolicyStatus = NO_POLICY;
  /** What the folder dialog answers: a folder's name, or null for cancel. */
  folder: string | null = 'Backups';
  people = 3;
  notes = 12;
  verifyResult: VerifyResult = {
    cipherIntegrity: 'ok',
    integrity: 'ok',
    audit: { intact: true, events: 42 },
  };
  constructor(private readonly host: FakeAdminHost) {}

  readonly handlers: AdminHandlers = {
    'policy.get': () => ok(this.policy),
    'backup.create': (): Result<BackupResult> =>
      this.folder === null
        ? ok({ done: false })
        : ok({
            done: true,
            folderName: 'Alongside backup 2026-11-30 1405',
            people: this.people,
            notes: this.notes,
            verified: true,
          }),
    'restore.fromBackup': ({ secret, replaceConfirmation }) => {
      if (this.host.state() !== 'absent' && replaceConfirmation !== 'REPLACE') {
        return fail('CONFIRMATION_MISMATCH', 'Typed word differs.');
      }
      if (this.folder === null) return ok({ done: false });
      if ('passphrase' in secret) {
        if (secret.passphrase !== BACKUP_PASSPHRASE) return fail('WRONG_PASSPHRASE', 'Wrong.');
      } else if (
        secret.recoveryCode.replace(/[\s-]/g, '').toUpperCase() !==
        BACKUP_RECOVERY_CODE.replace(/-/g, '')
      ) {
        return fail('WRONG_RECOVERY_CODE', 'Wrong.');
      }
      const replaced = this.host.state() !== 'absent';
      this.host.unlock();
      return ok({
        done: true,
        people: this.people,
        notes: this.notes,
        previousKeptAside: replaced,
      });
    },
    'verify.run': () => ok(this.verifyResult),
  };
}
