import type { Consent, ConsentStatus, Release, ReleaseFormat } from '../../contract';
import { consentStatementsSchema } from '../../contract';
import type { ConsentRow, ReleaseRow } from './shares.repo';

/**
 * An active consent past its end is expired whether or not anything wrote that down: the status
 * is computed at every read and at release, so no timer is needed for a consent to lapse.
 */
export function effectiveConsentStatus(row: ConsentRow, now: number): ConsentStatus {
  const status = row.status as ConsentStatus;
  if (status === 'active' && row.expires_at !== null && Date.parse(row.expires_at) <= now) {
    return 'expired';
  }
  return status;
}

export function toConsent(row: ConsentRow, now: number): Consent {
  return {
    id: row.id,
    shareId: row.share_id,
    personId: row.person_id,
    decision: row.decision as Consent['decision'],
    status: effectiveConsentStatus(row, now),
    recordedBy: row.recorded_by,
    recipientId: row.recipient_id,
    recipientLabel: row.recipient_label,
    purpose: row.purpose,
    contentSha256: row.content_sha256,
    format: row.format as ReleaseFormat | null,
    action: row.action as Consent['action'],
    expiresAt: row.expires_at,
    decidedAt: row.decided_at,
    method: row.method as Consent['method'],
    typedName: row.typed_name,
    statements: consentStatementsSchema.parse(JSON.parse(row.statements)),
    withdrawnAt: row.withdrawn_at,
    withdrawnBy: row.withdrawn_by,
    withdrawalReason: row.withdrawal_reason,
  };
}

export function toRelease(row: ReleaseRow): Release {
  return {
    id: row.id,
    shareId: row.share_id,
    consentId: row.consent_id,
    recipientLabel: row.recipient_label,
    format: row.format as ReleaseFormat,
    fileName: row.file_name,
    fileSha256: row.file_sha256,
    releasedAt: row.released_at,
  };
}
