import { useId } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { useT } from '../../i18n/useT';
import { useSettings } from '../../queries/settings';
import { ChangePassphraseForm } from '../vault/ChangePassphraseForm';
import { RenewRecoveryCode } from '../vault/RenewRecoveryCode';
import { IdleLockForm } from './IdleLockForm';
import { LanguageSwitch } from './LanguageSwitch';

export function SettingsPage() {
  const t = useT();
  usePageTitle(t('settings.title'));
  const languageHeadingId = useId();
  const settings = useSettings();

  return (
    <>
      <PageHeading>{t('settings.title')}</PageHeading>
      <section className="section" aria-labelledby={languageHeadingId}>
        <h2 id={languageHeadingId} className="heading heading--2">
          {t('settings.language.title')}
        </h2>
        <LanguageSwitch labelledBy={languageHeadingId} />
      </section>
      {settings.data && <IdleLockForm minutes={settings.data.idleLockMinutes} />}
      <ChangePassphraseForm />
      <RenewRecoveryCode />
    </>
  );
}
