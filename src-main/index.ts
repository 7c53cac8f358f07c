import { join } from 'node:path';
import { app } from 'electron';
import type { BrowserWindow } from 'electron';
import type { LockReason } from './contract';
import { startCoreHost } from './core/host/client';
import type { CoreHost } from './core/host/client';
import type { HostLogEntry } from './core/host/messages';
import { chooseSaveFile } from './electron/dialogs';
import { guardWebContents } from './electron/guards';
import { bindIpc, sendEvent } from './electron/ipc';
import { installMenu } from './electron/menu';
import { chooseFolder } from './electron/folders';
import { ensureVaultDir, policyFilePath } from './electron/paths';
import { resolveRendererSource } from './electron/policy';
import { lockOnSystemEvents } from './electron/power';
import { registerAppScheme, serveRendererBundle } from './electron/protocol';
import { appSession, hardenSession } from './electron/session';
import { createMainWindow } from './electron/window';

/**
 * The composition root. Electron, the core worker and the window meet only here.
 *
 * Nothing in the app talks to a network: there is no auto-updater, and the crash reporter is
 * never started, so no minidump (which could hold a note's text from memory) is written or sent.
 */

/** Beyond this a stuck core is terminated on quit rather than holding the app open. */
const QUIT_LOCK_TIMEOUT_MS = 5_000;

const allowDevTools = !app.isPackaged;
const source = resolveRendererSource(process.env.ELECTRON_RENDERER_URL, app.isPackaged);

registerAppScheme();
app.enableSandbox();
app.on('web-contents-created', (_event, contents) => guardWebContents(contents, source));

let mainWindow: BrowserWindow | null = null;
let host: CoreHost | null = null;
let shutdown: 'running' | 'stopping' | 'done' = 'running';

if (!app.requestSingleInstanceLock()) {
  // Two processes on one vault would fight over the database and the key; the first one wins.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // One window: once it is gone there is nothing to show, and the vault should not stay open.
  app.on('window-all-closed', () => app.quit());

  app.on('before-quit', (event) => {
    if (shutdown === 'done' || host === null) return;
    event.preventDefault();
    if (shutdown === 'stopping') return;
    shutdown = 'stopping';
    void stopCore(host).finally(() => {
      shutdown = 'done';
      app.quit();
    });
  });

  app
    .whenReady()
    .then(start)
    .catch(() => {
      writeLog({ level: 'error', message: 'app.start_failed', fields: {} });
      app.exit(1);
    });
}

async function start(): Promise<void> {
  app.setAboutPanelOptions({ applicationName: 'Alongside', applicationVersion: app.getVersion() });
  const dataDir = await ensureVaultDir(app.getPath('userData'));

  const core = startCoreHost({
    workerPath: join(__dirname, 'core-worker.js'),
    dataDir,
    policyFile: policyFilePath(process.platform),
    onChooseFolder: (purpose) => chooseFolder(mainWindow, purpose),
    onLog: writeLog,
    onSaveFile: (request) => chooseSaveFile(mainWindow, request),
    onExit: ({ expected }) => {
      // The keys died with the thread. Telling the window the vault is locked clears whatever
      // it was showing; its next call answers INTERNAL and it explains that a restart is needed.
      if (!expected) sendEvent(mainWindow, 'vault.stateChanged', { state: 'locked' });
    },
  });
  host = core;
  const lock = (reason: LockReason) => core.lock(reason);

  const session = appSession();
  hardenSession(session, source);
  if (!source.dev) serveRendererBundle(session, join(__dirname, '../renderer'));

  bindIpc(core, () => mainWindow, source);
  lockOnSystemEvents(lock);
  installMenu({ allowDevTools, onLock: () => void lock('manual') });

  mainWindow = createMainWindow({
    source,
    session,
    preloadPath: join(__dirname, '../preload/index.js'),
    allowDevTools,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

async function stopCore(core: CoreHost): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, QUIT_LOCK_TIMEOUT_MS);
  });
  await Promise.race([core.lock('quit'), timeout]);
  clearTimeout(timer);
  await core.close();
}

/** Host log entries are already stripped to codes and ids; info lines only in development. */
function writeLog(entry: HostLogEntry): void {
  if (entry.level === 'info' && app.isPackaged) return;
  const line = JSON.stringify({ level: entry.level, message: entry.message, ...entry.fields });
  if (entry.level === 'error') console.error(line);
  else console.warn(line);
}
