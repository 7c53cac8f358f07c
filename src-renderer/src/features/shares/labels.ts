import type { ConsentMethod, ReleaseFormat, ShareStatus } from '../../../../src-main/contract';
import type { MessageKey } from '../../i18n/en';

export const shareStatusLabels: Record<ShareStatus, MessageKey> = {
  draft: 'shares.status.draft',
  in_review: 'shares.status.in_review',
  approved: 'shares.status.approved',
  declined: 'shares.status.declined',
  released: 'shares.status.released',
  withdrawn: 'shares.status.withdrawn',
  expired: 'shares.status.expired',
};

/** The same list as the contract's RELEASE_FORMATS, which the renderer may only import as types. */
export const RELEASE_FORMAT_LIST: readonly ReleaseFormat[] = ['pdf', 'fhir_json'];

export const formatLabels: Record<ReleaseFormat, MessageKey> = {
  pdf: 'shares.format.pdf',
  fhir_json: 'shares.format.fhir_json',
};

export const methodLabels: Record<ConsentMethod, MessageKey> = {
  side_by_side: 'shares.method.side_by_side',
  read_aloud: 'shares.method.read_aloud',
};

/** "name, role, organisation", the way the person sees who a share is for. */
export function recipientLabel(recipient: { name: string; role: string; organisation: string }) {
  return [recipient.name, recipient.role, recipient.organisation].filter(Boolean).join(', ');
}

/**
 * Only a withdrawn share keeps its words for good. Changing an approved or released one makes it
 * a draft again, with no standing yes.
 */
export const EDITABLE: readonly ShareStatus[] = [
  'draft',
  'in_review',
  'declined',
  'approved',
  'released',
  'expired',
];
