import { useEffect, useState } from 'react';
import type { Strength } from '../../../../src-main/contract';
import { api } from '../../api';

export const STRENGTH_DEBOUNCE_MS = 150;

/** Asks the core how strong a passphrase is once typing pauses; null while nothing is typed. */
export function useStrength(passphrase: string): Strength | null {
  const [latest, setLatest] = useState<Strength | null>(null);

  useEffect(() => {
    if (passphrase === '') return;
    let current = true;
    const timer = setTimeout(() => {
      void api.invoke('vault.strength', { passphrase }).then((result) => {
        if (current && result.ok) setLatest(result.value);
      });
    }, STRENGTH_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [passphrase]);

  return passphrase === '' ? null : latest;
}
