import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { LanguageSwitch } from '../settings/LanguageSwitch';

/** The frame of the screens shown before the vault is open: no navigation, a language choice. */
export function VaultLayout({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div className="vault-layout">
      <header className="vault-header">
        <p className="brand">{t('app.name')}</p>
        <LanguageSwitch />
      </header>
      <main className="vault-main">
        <div className="card">{children}</div>
      </main>
    </div>
  );
}
