import { useId } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { useT } from '../../i18n/useT';
import { useSettings } from '../../queries/settings';
import { ChangePassphraseForm } from '../vault/ChangePassphraseForm';
import { RenewRecoveryCode } from '../vault/RenewRecoveryCode';
import { usePolicy } from './admin-queries';
import { BackupSection } from './BackupSection';
import { IdleLockForm } from './IdleLockForm';
import { LanguageSwitch } from './LanguageSwitch';
import { PolicySection } from './PolicySection';
import { PolicyWarning } from './PolicyWarning';
import { VerifySection } from './VerifySection';

export function SettingsPage() {
  const t = useT();
  usePageTitle(t('settings.title'));
  const languageHeadingId = useId();
  const settings = useSettings();
  const policy = usePolicy();
  const agencyMaxMinutes = policy.data?.locked.includes('idleLockMaxMinutes')
    ? policy.data.effective.idleLockMaxMinutes
    : undefined;

  return (
    <>
      <PageHeading>{t('settings.title')}</PageHeading>
      <PolicyWarning />
      <section className="section" aria-labelledby={languageHeadingId}>
        <h2 id={languageHeadingId} className="heading heading--2">
          {t('settings.language.title')}
        </h2>
        <LanguageSwitch labelledBy={languageHeadingId} />
      </section>
      {settings.data && (
        <IdleLockForm minutes={settings.data.idleLockMinutes} agencyMaxMinutes={agencyMaxMinutes} />
      )}
      <ChangePassphraseForm />
      <RenewRecoveryCode />
      <BackupSection />
      <VerifySection />
      {policy.data && <PolicySection policy={policy.data} />}
    </>
  );
}
