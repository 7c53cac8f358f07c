import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src-renderer/src/api';
import { Autosaver, type SaveStatus } from '../../src-renderer/src/session/autosave';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('the autosaver', () => {
  let statuses: SaveStatus[];
  beforeEach(() => {
    vi.useFakeTimers();
    statuses = [];
  });
  afterEach(() => vi.useRealTimers());

  it('saves once, about 800 ms after the last change', async () => {
    const save = vi.fn(async () => ({ savedAt: '2025-01-01T10:00:00.000Z' }));
    const saver = new Autosaver<string>(save, (s) => statuses.push(s));
    saver.change('a');
    await vi.advanceTimersByTimeAsync(500);
    saver.change('ab');
    await vi.advanceTimersByTimeAsync(500);
    saver.change('abc');
    await vi.advanceTimersByTimeAsync(799);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('abc');
    expect(statuses.at(-1)).toEqual({ kind: 'saved', savedAt: '2025-01-01T10:00:00.000Z' });
  });

  it('never has two saves in flight, and sends the newest value next', async () => {
    const first = deferred<{ savedAt: string }>();
    const save = vi
      .fn<(value: string) => Promise<{ savedAt: string }>>()
      .mockReturnValueOnce(first.promise)
      .mockResolvedValue({ savedAt: '2025-01-01T10:01:00.000Z' });
    const saver = new Autosaver<string>(save, (s) => statuses.push(s));
    saver.change('one');
    void saver.flush();
    saver.change('two');
    saver.change('three');
    const flushed = saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    first.resolve({ savedAt: '2025-01-01T10:00:00.000Z' });
    await flushed;
    await vi.runAllTimersAsync();
    expect(save.mock.calls.map(([value]) => value)).toEqual(['one', 'three']);
  });

  it('retries a passing failure with a growing pause, keeping the text', async () => {
    const save = vi
      .fn<(value: string) => Promise<{ savedAt: string }>>()
      .mockRejectedValueOnce(new ApiError({ code: 'INTERNAL', message: 'x' }))
      .mockRejectedValueOnce(new ApiError({ code: 'INTERNAL', message: 'x' }))
      .mockResolvedValue({ savedAt: '2025-01-01T10:00:00.000Z' });
    const saver = new Autosaver<string>(save, (s) => statuses.push(s));
    saver.change('kept');
    await saver.flush();
    expect(statuses.at(-1)).toEqual({ kind: 'retrying' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(3);
    expect(save.mock.calls.every(([value]) => value === 'kept')).toBe(true);
    expect(statuses.at(-1)?.kind).toBe('saved');
  });

  it('stops and says why when the core refuses, and keeps the text for the next try', async () => {
    const save = vi
      .fn<(value: string) => Promise<{ savedAt: string }>>()
      .mockRejectedValueOnce(new ApiError({ code: 'NOT_FOUND', message: 'x' }))
      .mockResolvedValue({ savedAt: '2025-01-01T10:00:00.000Z' });
    const saver = new Autosaver<string>(save, (s) => statuses.push(s));
    saver.change('text');
    await saver.flush();
    expect(statuses.at(-1)).toEqual({ kind: 'failed', code: 'NOT_FOUND' });
    expect(saver.unsaved).toBe('text');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('forgets everything once abandoned', async () => {
    const save = vi.fn(async () => ({ savedAt: '2025-01-01T10:00:00.000Z' }));
    const saver = new Autosaver<string>(save, (s) => statuses.push(s));
    saver.change('private');
    saver.abandon();
    await vi.runAllTimersAsync();
    await saver.flush();
    expect(save).not.toHaveBeenCalled();
    expect(saver.unsaved).toBeUndefined();
  });
});
