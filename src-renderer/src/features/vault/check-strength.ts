import { api, ApiError } from '../../api';

/**
 * Asked again at submit time, because the meter may still show the answer for what was typed
 * 150 ms ago. Refusing here gives the same plain reason as the core would.
 */
export async function assertStrongEnough(passphrase: string): Promise<void> {
  const strength = await api.call('vault.strength', { passphrase });
  if (!strength.acceptable) {
    throw new ApiError({ code: 'WEAK_PASSPHRASE', message: 'Below the minimum score.' });
  }
}
