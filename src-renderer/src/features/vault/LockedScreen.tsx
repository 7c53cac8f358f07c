import { useState } from 'react';
import type { LockReason, VaultStatus } from '../../../../src-main/contract';
import { RecoverScreen } from './RecoverScreen';
import { UnlockScreen } from './UnlockScreen';

export interface LockedScreenProps {
  status: VaultStatus;
  lockReason: LockReason | null;
}

export function LockedScreen({ status, lockReason }: LockedScreenProps) {
  const [mode, setMode] = useState<'passphrase' | 'recoveryCode'>('passphrase');
  return mode === 'passphrase' ? (
    <UnlockScreen
      initialWaitMs={status.retryAfterMs}
      lockReason={lockReason}
      onForgot={() => setMode('recoveryCode')}
    />
  ) : (
    <RecoverScreen initialWaitMs={status.retryAfterMs} onBack={() => setMode('passphrase')} />
  );
}
