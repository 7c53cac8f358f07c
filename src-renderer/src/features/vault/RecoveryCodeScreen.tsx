import { usePageTitle } from '../../components/usePageTitle';
import { useT } from '../../i18n/useT';
import { RecoveryCodeFlow } from './RecoveryCodeFlow';
import { VaultLayout } from './VaultLayout';

/** Right after the vault is made, before the person reaches the app. */
export function RecoveryCodeScreen({ code, onDone }: { code: string; onDone: () => void }) {
  const t = useT();
  usePageTitle(t('recovery.title'));
  return (
    <VaultLayout>
      <RecoveryCodeFlow code={code} headingLevel={1} onConfirmed={onDone} />
    </VaultLayout>
  );
}
