import type { Channel, ChannelInput, ChannelOutput, EventName, EventPayload } from './channels';
import type { Result } from './result';

/**
 * What the preload puts on `window.alongside`: two functions, nothing else. The end-to-end tests
 * provide the same shape, bridged to the real core in Node.
 */
export interface AlongsideBridge {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** The ipcRenderer channel names the preload uses; prefixed so nothing else can collide. */
export const IPC_INVOKE = 'alongside:invoke';
export const IPC_EVENT = 'alongside:event';
