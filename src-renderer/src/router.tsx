import {
  createHashHistory,
  createRootRoute,
  createRoute,
  createRouter,
} from '@tanstack/react-router';
import { ActivityLogPage } from './features/audit/ActivityLogPage';
import { GoalsSection } from './features/goals/GoalsSection';
import { NoteEditorPage } from './features/notes/NoteEditorPage';
import { NotesSection } from './features/notes/NotesSection';
import { NoteVersionPage } from './features/notes/NoteVersionPage';
import { NewPersonPage } from './features/people/NewPersonPage';
import { PeoplePage } from './features/people/PeoplePage';
import { AboutSection } from './features/person/AboutSection';
import { PersonLayout } from './features/person/PersonLayout';
import { RecipientsPage } from './features/recipients/RecipientsPage';
import { ReviewPage } from './features/review/ReviewPage';
import { CareTeamSection } from './features/shares/CareTeamSection';
import { EditSharePage, NewSharePage } from './features/shares/ShareEditor';
import { SharePage } from './features/shares/SharePage';
import { FunderReportPage } from './features/reports/FunderReportPage';
import { ReflectionEditorPage } from './features/reflections/ReflectionEditorPage';
import { ReflectionsPage } from './features/reflections/ReflectionsPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { AppShell } from './features/shell/AppShell';
import { NotFoundPage } from './features/shell/NotFoundPage';

const rootRoute = createRootRoute({ component: AppShell, notFoundComponent: NotFoundPage });

const peopleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: PeoplePage,
});

const newPersonRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people/new',
  component: NewPersonPage,
});

const personRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people/$personId',
  component: PersonLayout,
});

const aboutRoute = createRoute({
  getParentRoute: () => personRoute,
  path: '/',
  component: AboutSection,
});

const goalsRoute = createRoute({
  getParentRoute: () => personRoute,
  path: '/goals',
  component: GoalsSection,
});

const notesRoute = createRoute({
  getParentRoute: () => personRoute,
  path: '/notes',
  component: NotesSection,
});

const noteRoute = createRoute({
  getParentRoute: () => personRoute,
  path: '/notes/$noteId',
  component: NoteEditorPage,
});

const noteVersionRoute = createRoute({
  getParentRoute: () => personRoute,
  path: '/notes/$noteId/versions/$version',
  component: NoteVersionPage,
});

// The clinical-facing space: its own section of a person's page, apart from their notes.
const careTeamRoute = createRoute({
  getParentRoute: () => personRoute,
  path: '/care-team',
  component: CareTeamSection,
});

const newShareRoute = createRoute({
  getParentRoute: () => personRoute,
  path: '/care-team/new',
  component: NewSharePage,
});

const shareRoute = createRoute({
  getParentRoute: () => personRoute,
  path: '/care-team/$shareId',
  component: SharePage,
});

const editShareRoute = createRoute({
  getParentRoute: () => personRoute,
  path: '/care-team/$shareId/edit',
  component: EditSharePage,
});

const recipientsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/recipients',
  component: RecipientsPage,
});

/** Review mode: the shell draws nothing around it (see AppShell). */
const reviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/review',
  component: ReviewPage,
});

const reflectionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reflections',
  component: ReflectionsPage,
});

const reflectionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reflections/$reflectionId',
  component: ReflectionEditorPage,
});

const settingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/settings',
  component: SettingsPage,
});

const activityLogRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/activity',
  component: ActivityLogPage,
});

const funderReportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports/funder',
  component: FunderReportPage,
});

const routeTree = rootRoute.addChildren([
  peopleRoute,
  newPersonRoute,
  personRoute.addChildren([
    aboutRoute,
    goalsRoute,
    notesRoute,
    noteRoute,
    noteVersionRoute,
    careTeamRoute,
    newShareRoute,
    shareRoute,
    editShareRoute,
  ]),
  recipientsRoute,
  reviewRoute,
  reflectionsRoute,
  reflectionRoute,
  settingsRoute,
  activityLogRoute,
  funderReportRoute,
]);

/** Hash history: the renderer is loaded from a file, where path-based URLs have nowhere to go. */
export function createAppRouter() {
  return createRouter({ routeTree, history: createHashHistory() });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
