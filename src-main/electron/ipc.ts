import { ipcMain } from 'electron';
import type { BrowserWindow } from 'electron';
import { IPC_EVENT, IPC_INVOKE } from '../contract';
import type { EventName } from '../contract';
import type { CoreHost } from '../core/host/client';
import { refuseInvoke } from './policy';
import type { RendererSource } from './policy';

/**
 * The only `ipcMain.handle` in the app (ARCHITECTURE.md rule 1). A call is forwarded to the core
 * only when it comes from the top frame of our window showing our own page; the core's router
 * then validates the input. Core events go back to that window alone.
 */
export function bindIpc(
  host: CoreHost,
  getWindow: () => BrowserWindow | null,
  source: RendererSource,
): () => void {
  ipcMain.handle(IPC_INVOKE, (event, channel: unknown, input: unknown) => {
    const window = getWindow();
    const contents = window && !window.isDestroyed() ? window.webContents : null;
    const frame = event.senderFrame;
    const mainFrame = contents?.mainFrame ?? null;
    const refusal = refuseInvoke(
      {
        fromAppWindow: contents !== null && event.sender === contents,
        isMainFrame:
          frame !== null &&
          mainFrame !== null &&
          frame.parent === null &&
          frame.processId === mainFrame.processId &&
          frame.routingId === mainFrame.routingId,
        frameUrl: frame?.url ?? '',
      },
      channel,
      source,
    );
    if (refusal) return refusal;
    return host.invoke(channel as string, input);
  });

  const unsubscribe = host.on((name, payload) => sendEvent(getWindow(), name, payload));

  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_INVOKE);
  };
}

/** Pushes one contract event to the window, if it is still there. */
export function sendEvent(window: BrowserWindow | null, name: EventName, payload: unknown): void {
  if (window && !window.isDestroyed()) window.webContents.send(IPC_EVENT, name, payload);
}
