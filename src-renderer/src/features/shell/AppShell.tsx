import { Link, Outlet } from '@tanstack/react-router';
import { useId } from 'react';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { useSession } from '../../session/SessionContext';
import { isMacPlatform } from '../../session/useLockShortcut';
import { useIsReviewRoute, useResumeReview } from '../review/route';
import { SearchDialog } from '../search/SearchDialog';

/** The frame around everything shown while the vault is open. */
export function AppShell() {
  const t = useT();
  const { lock } = useSession();
  const mac = isMacPlatform();
  const shortcutId = useId();
  const inReview = useIsReviewRoute();
  useResumeReview(!inReview);

  // Review mode shows only the person and the share: no navigation, search or lock bar around it.
  if (inReview) return <Outlet />;

  return (
    <div className="app-layout">
      <header className="app-header">
        <p className="brand">{t('app.name')}</p>
        <nav aria-label={t('shell.navLabel')} className="app-nav">
          <ul>
            <li>
              <Link to="/" activeOptions={{ exact: true }} className="app-nav__link">
                {t('shell.people')}
              </Link>
            </li>
            <li>
              <Link to="/recipients" className="app-nav__link">
                {t('recipients.nav')}
              </Link>
            </li>
            <li>
              <Link to="/reflections" className="app-nav__link">
                {t('shell.reflections')}
              </Link>
            </li>
            <li>
              <Link to="/activity" className="app-nav__link">
                {t('shell.activityLog')}
              </Link>
            </li>
            <li>
              <Link to="/reports/funder" className="app-nav__link">
                {t('shell.funderReport')}
              </Link>
            </li>
            <li>
              <Link to="/settings" className="app-nav__link">
                {t('shell.settings')}
              </Link>
            </li>
          </ul>
        </nav>
        <SearchDialog />
        <div className="app-header__lock">
          <Button variant="secondary" aria-describedby={shortcutId} onPress={() => void lock()}>
            {t('shell.lock')}
          </Button>
          <span id={shortcutId} className="shortcut">
            <kbd>{mac ? '⌘' : 'Ctrl'}</kbd>+<kbd>L</kbd>
          </span>
        </div>
      </header>
      <main className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
