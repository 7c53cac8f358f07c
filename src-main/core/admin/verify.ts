import type { VerifyResult } from '../../contract';
import { verifyAudit } from '../audit/audit.service';
import type { AuditVerification } from '../audit/audit.service';
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
  // A damaged page can make the chain itself unreadable: that is a broken chain with no link
  // to name, not a failure of the check.
  const audit: AuditVerification | null = await verifyAudit(db).catch(() => null);
  return {
    cipherIntegrity: integrity.cipherOk ? 'ok' : 'failed',
    integrity: integrity.structureOk ? 'ok' : 'failed',
    audit: !audit
      ? { intact: false, events: 0 }
      : audit.intact
        ? { intact: true, events: audit.count }
        : { intact: false, events: audit.count, firstBrokenSeq: audit.firstBroken.seq },
  };
}
