import type { z } from 'zod';
import { channels } from '../contract';
import type { AppError, Channel, ChannelOutput, Channels, ErrorCode, Result } from '../contract';
import { AppFailure } from './failure';
import type { Logger } from './ports';

export type Handlers = {
  [C in Channel]: (input: z.output<Channels[C]['input']>) => Promise<ChannelOutput<C>>;
};

export interface RouterDeps {
  handlers: Handlers;
  isUnlocked: () => boolean;
  logger: Logger;
  /** Called for each accepted call, so the idle lock knows someone is there. */
  onActivity?: (channel: Channel) => void;
  /** Refuses a channel for a reason of the moment (review mode); null lets it through. */
  gate?: (channel: Channel) => ErrorCode | null;
}

export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

/**
 * The door's hinge: validate the input, refuse while locked, call the service, validate the
 * output. It never throws; every failure leaves as an error value with a code.
 */
export function createRouter(deps: RouterDeps): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) return failure('INVALID_INPUT', 'Unknown channel');
    const definition = channels[channel];
    const parsed = definition.input.safeParse(input);
    if (!parsed.success) {
      return failure('INVALID_INPUT', describeIssues(parsed.error.issues));
    }
    if (!definition.whileLocked && !deps.isUnlocked()) {
      return failure('LOCKED', 'The vault is locked');
    }
    const refusal = deps.gate?.(channel) ?? null;
    if (refusal) return failure(refusal, 'Not available right now');
    deps.onActivity?.(channel);
    try {
      const handler = deps.handlers[channel] as (input: unknown) => Promise<unknown>;
      const value = await handler(parsed.data);
      const checked = definition.output.safeParse(value);
      if (!checked.success) {
        deps.logger.error('output failed its schema', { channel });
        return failure('INTERNAL', 'The answer did not match the contract');
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof AppFailure) return { ok: false, error: error.toError() };
      deps.logger.error('unexpected failure', { channel, name: errorName(error) });
      return failure('INTERNAL', 'Something went wrong inside Alongside');
    }
  };
}

function isChannel(name: string): name is Channel {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}

function failure(code: ErrorCode, message: string): { ok: false; error: AppError } {
  return { ok: false, error: { code, message } };
}

/** Paths and codes only: a message must never echo what was typed. */
function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(input)'}: ${issue.code}`)
    .join('; ');
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) return String(error.code);
  return error instanceof Error ? error.name : typeof error;
}
