import { BrowserWindow } from 'electron';
import type { Session } from 'electron';
import { guardWebContents } from './guards';
import type { RendererSource } from './policy';

export interface MainWindowOptions {
  source: RendererSource;
  session: Session;
  preloadPath: string;
  /** True only in an unpackaged run; an installed app never opens DevTools. */
  allowDevTools: boolean;
}

/** The app's one window. Its renderer is treated as untrusted (ARCHITECTURE.md rule 8). */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { source } = options;
  const window = new BrowserWindow({
    title: 'Alongside',
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 520,
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      session: options.session,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: options.allowDevTools,
    },
  });

  guardWebContents(window.webContents, source);

  // The title stays "Alongside": a page title naming a person would otherwise show in the
  // taskbar, the window switcher and screen-sharing pickers.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());

  void window.loadURL(source.entryUrl);
  return window;
}
