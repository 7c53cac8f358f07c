import type { WebContents } from 'electron';
import { isAppUrl } from './policy';
import type { RendererSource } from './policy';

/**
 * Applied to every webContents the app ever creates (index.ts hooks `web-contents-created`), so
 * even a frame or view nobody planned for can neither leave the app nor open anything.
 */
export function guardWebContents(contents: WebContents, source: RendererSource): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));

  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, source)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url, source)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, source)) event.preventDefault();
  });

  contents.on('will-attach-webview', (event) => event.preventDefault());
}
