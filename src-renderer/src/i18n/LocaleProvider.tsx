import { useEffect, type ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { IntlProvider } from 'react-intl';
import { useSettings } from '../queries/settings';
import { catalogs } from './catalogs';

export function LocaleProvider({ children }: { children: ReactNode }) {
  const settings = useSettings();
  const locale = settings.data?.language ?? 'en';

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // Waiting a moment avoids showing English to someone who chose French; a failure falls back.
  if (settings.isPending) return null;

  return (
    <IntlProvider locale={locale} defaultLocale="en" messages={catalogs[locale]}>
      <I18nProvider locale={locale}>{children}</I18nProvider>
    </IntlProvider>
  );
}
