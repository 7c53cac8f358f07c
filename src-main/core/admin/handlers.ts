import type { CoreContext } from '../context';
import type { LoadedPolicy } from '../policy/load';
import type { Handlers } from '../router';
import { appendAudit } from '../audit/audit.service';
import { createBackup } from './backup';
import type { ChooseFolderPort, UnlockPort } from './ports';
import { restoreFromBackup } from './restore';
import { verifyVault } from './verify';

type AdminChannel = Extract<
  keyof Handlers,
  `${'policy' | 'backup' | 'restore' | 'verify'}.${string}`
>;

export interface AdminPorts {
  chooseFolder: ChooseFolderPort;
  /** Reads the agency's file again and answers what is in force. */
  reloadPolicy: () => LoadedPolicy;
  /** The unlock channels' own way in, so a restored vault opens under the same rules. */
  unlock: UnlockPort;
}

export function adminHandlers(ctx: CoreContext, ports: AdminPorts): Pick<Handlers, AdminChannel> {
  const deps = {
    vault: ctx.vault,
    dataDir: ctx.dataDir,
    clock: ctx.clock,
    logger: ctx.logger,
    audit: ctx.deps,
    chooseFolder: ports.chooseFolder,
    unlock: ports.unlock,
  };
  // One backup or restore at a time: two dialogs, or a backup of a vault being replaced, would
  // only confuse.
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    'policy.get': async () => {
      const loaded = ports.reloadPolicy();
      const { effective } = loaded;
      return {
        ...loaded,
        effective: { ...effective, releaseFormats: [...effective.releaseFormats] },
      };
    },
    'backup.create': () => oneAtATime(() => createBackup(deps)),
    'restore.fromBackup': (input) => oneAtATime(() => restoreFromBackup(deps, input)),
    'verify.run': async () => {
      const result = await verifyVault(ctx.vault);
      try {
        await ctx.vault.transaction((trx) =>
          appendAudit(trx, ctx.deps, {
            action: 'vault.verified',
            detail: {
              cipherOk: result.cipherIntegrity === 'ok',
              structureOk: result.integrity === 'ok',
              auditIntact: result.audit.intact,
            },
          }),
        );
      } catch {
        // A damaged vault may refuse the write; the person still needs to see the result.
        ctx.logger.warn('verify result not recorded');
      }
      return result;
    },
  };
}
