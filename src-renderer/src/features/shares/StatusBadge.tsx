import type { ShareStatus } from '../../../../src-main/contract';
import { useT } from '../../i18n/useT';
import { shareStatusLabels } from './labels';

/** The status in words; the colour only repeats what the words say. */
export function StatusBadge({ status }: { status: ShareStatus }) {
  const t = useT();
  return (
    <span className={`tag share-status share-status--${status}`}>
      {t(shareStatusLabels[status])}
    </span>
  );
}
