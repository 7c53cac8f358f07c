import { useEffect } from 'react';
import { useT } from '../i18n/useT';

export function usePageTitle(page: string): void {
  const t = useT();
  useEffect(() => {
    document.title = t('app.pageTitle', { page });
  }, [t, page]);
}
