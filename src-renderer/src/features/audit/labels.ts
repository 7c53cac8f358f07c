import { isMessageKey } from '../../i18n/catalogs';
import type { MessageKey } from '../../i18n/en';

/** The plain words for an action code; a code this build does not know still shows as a code. */
export function actionLabelKey(action: string): MessageKey {
  const key = `audit.action.${action}`;
  return isMessageKey(key) ? key : 'audit.action.other';
}

export function subjectLabelKey(type: string): MessageKey {
  const key = `audit.subject.${type}`;
  return isMessageKey(key) ? key : 'audit.subject.other';
}

/** The kinds of activity the filter offers, each the start of the action codes it covers. */
export const ACTION_FILTERS: readonly { value: string; label: MessageKey }[] = [
  { value: '', label: 'audit.filter.all' },
  { value: 'person.', label: 'audit.filter.person' },
  { value: 'goal.', label: 'audit.filter.goal' },
  { value: 'note.', label: 'audit.filter.note' },
  { value: 'reflection.', label: 'audit.filter.reflection' },
  { value: 'share.', label: 'audit.filter.share' },
  { value: 'consent.', label: 'audit.filter.consent' },
  { value: 'review.', label: 'audit.filter.review' },
  { value: 'vault.', label: 'audit.filter.vault' },
  { value: 'report.', label: 'audit.filter.report' },
];
