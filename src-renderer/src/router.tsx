import {
  createHashHistory,
  createRootRoute,
  createRoute,
  createRouter,
} from '@tanstack/react-router';
import { PeoplePage } from './features/people/PeoplePage';
import { SettingsPage } from './features/settings/SettingsPage';
import { AppShell } from './features/shell/AppShell';
import { NotFoundPage } from './features/shell/NotFoundPage';

const rootRoute = createRootRoute({ component: AppShell, notFoundComponent: NotFoundPage });

const peopleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: PeoplePage,
});

const settingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/settings',
  component: SettingsPage,
});

const routeTree = rootRoute.addChildren([peopleRoute, settingsRoute]);

/** Hash history: the renderer is loaded from a file, where path-based URLs have nowhere to go. */
export function createAppRouter() {
  return createRouter({ routeTree, history: createHashHistory() });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
