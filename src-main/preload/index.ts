import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES, EVENT_NAMES, IPC_EVENT, IPC_INVOKE } from '../contract';
import type { AlongsideBridge, ChannelOutput, EventName, EventPayload, Result } from '../contract';

/**
 * The door between the untrusted renderer and the main process: two functions on
 * `window.alongside`, nothing else. Runs sandboxed, so it is bundled with its imports and may
 * require only 'electron'.
 */

const channelNames: ReadonlySet<string> = new Set(CHANNEL_NAMES);
const eventNames: ReadonlySet<string> = new Set(EVENT_NAMES);
const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

// One IPC listener for all subscribers, so the renderer never holds an IpcRendererEvent (which
// carries `sender`, a way back into ipcRenderer).
ipcRenderer.on(IPC_EVENT, (_event, name: unknown, payload: unknown) => {
  if (typeof name !== 'string' || !eventNames.has(name)) return;
  for (const listener of listeners.get(name as EventName) ?? []) listener(payload);
});

function refused(code: 'INVALID_INPUT' | 'INTERNAL', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

const bridge: AlongsideBridge = {
  async invoke(channel, input) {
    if (typeof channel !== 'string' || !channelNames.has(channel)) {
      return refused('INVALID_INPUT', 'Unknown channel');
    }
    try {
      return (await ipcRenderer.invoke(IPC_INVOKE, channel, input)) as Result<
        ChannelOutput<typeof channel>
      >;
    } catch {
      // An input that cannot be cloned, or a main process shutting down.
      return refused('INTERNAL', 'The call did not reach Alongside');
    }
  },

  on(event, listener) {
    if (typeof event !== 'string' || !eventNames.has(event) || typeof listener !== 'function') {
      return () => {};
    }
    const wrapped = (payload: unknown) => listener(payload as EventPayload<typeof event>);
    const set = listeners.get(event) ?? new Set();
    set.add(wrapped);
    listeners.set(event, set);
    return () => {
      set.delete(wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('alongside', Object.freeze(bridge));
