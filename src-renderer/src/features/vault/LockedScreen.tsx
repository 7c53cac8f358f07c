import { useState } from 'react';
import type { LockReason, VaultStatus } from '../../../../src-main/contract';
import { RecoverScreen } from './RecoverScreen';
import { RestoreScreen } from './RestoreScreen';
import { UnlockScreen } from './UnlockScreen';

export interface LockedScreenProps {
  status: VaultStatus;
  lockReason: LockReason | null;
}

export function LockedScreen({ status, lockReason }: LockedScreenProps) {
  const [mode, setMode] = useState<'passphrase' | 'recoveryCode' | 'restore'>('passphrase');
  if (mode === 'restore') {
    return <RestoreScreen replacing onBack={() => setMode('passphrase')} />;
  }
  return mode === 'passphrase' ? (
    <UnlockScreen
      initialWaitMs={status.retryAfterMs}
      lockReason={lockReason}
      onForgot={() => setMode('recoveryCode')}
      onRestore={() => setMode('restore')}
    />
  ) : (
    <RecoverScreen initialWaitMs={status.retryAfterMs} onBack={() => setMode('passphrase')} />
  );
}
