import type { VerifyResult } from '../../contract';
import { verifyAudit } from '../audit/audit.service';
import { checkIntegrity } from '../db/integrity';
import type { VaultService } from '../vault/vault.service';

/**
 * Checks the open vault: SQLCipher's page HMACs, SQLite's structure, then the audit chain. The
 * page checks hold the connection, so no save lands half way through them.
 */
export async function verifyVault(vault: VaultService): Promise<VerifyResult> {
  const db = vault.database();
  const integrity = await db
    .connection()
    .execute(() => Promise.resolve(checkIntegrity(vault.rawDatabase())));
  const audit = integrity.cipherOk
    ? await verifyAudit(db)
    : ({ intact: false, count: 0, firstBroken: undefined } as const);
  return {
    cipherIntegrity: integrity.cipherOk ? 'ok' : 'failed',
    integrity: integrity.structureOk ? 'ok' : 'failed',
    audit: audit.intact
      ? { intact: true, events: audit.count }
      : audit.firstBroken
        ? { intact: false, events: audit.count, firstBrokenSeq: audit.firstBroken.seq }
        : { intact: false, events: audit.count },
  };
}
