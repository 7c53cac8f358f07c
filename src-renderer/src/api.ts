import type {
  AppError,
  Channel,
  ChannelInput,
  ChannelOutput,
  ErrorCode,
  EventName,
  EventPayload,
  Result,
} from '../../src-main/contract';

/** An error from the core, thrown for react-query; `message` is for logs, never for people. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly retryAfterMs: number | undefined;

  constructor(error: AppError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.retryAfterMs = error.retryAfterMs;
  }
}

function internal(message: string): { ok: false; error: AppError } {
  return { ok: false, error: { code: 'INTERNAL', message } };
}

async function invoke<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  const bridge = window.alongside;
  if (!bridge) return internal('The Alongside bridge is not available.');
  try {
    return await bridge.invoke(channel, input);
  } catch (error) {
    // A broken door must look like any other failure: a value the screens already handle.
    return internal(error instanceof Error ? error.message : String(error));
  }
}

async function call<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await invoke(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

function on<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  const bridge = window.alongside;
  if (!bridge) return () => undefined;
  return bridge.on(event, listener);
}

export const api = { invoke, call, on };
