import { useQueryClient } from '@tanstack/react-query';
import type { LockReason } from '../../src-main/contract';
import { CreateVaultScreen } from './features/vault/CreateVaultScreen';
import { LockedScreen } from './features/vault/LockedScreen';
import { RecoveryCodeScreen } from './features/vault/RecoveryCodeScreen';
import { LoadingScreen, StartErrorScreen } from './features/shell/StartScreens';
import { UnlockedApp } from './features/shell/UnlockedApp';
import { queryKeys } from './queries/keys';
import { useVaultStatus } from './queries/vault-status';

export interface GateProps {
  lockReason: LockReason | null;
  /** A recovery code just made and not yet confirmed; it outranks the vault state. */
  freshCode: string | null;
  onCodeCreated: (code: string) => void;
  onCodeConfirmed: () => void;
}

/** Which of the three worlds to show is decided by the core's vault.status, nothing else. */
export function Gate({ lockReason, freshCode, onCodeCreated, onCodeConfirmed }: GateProps) {
  const queryClient = useQueryClient();
  const status = useVaultStatus();
  const refreshStatus = () => queryClient.invalidateQueries({ queryKey: queryKeys.vaultStatus });

  if (status.isPending) return <LoadingScreen />;
  if (status.isError) {
    return <StartErrorScreen error={status.error} onRetry={() => void status.refetch()} />;
  }
  if (status.data.state === 'locked') {
    return <LockedScreen status={status.data} lockReason={lockReason} />;
  }
  if (freshCode !== null) {
    return (
      <RecoveryCodeScreen
        code={freshCode}
        onDone={() => {
          onCodeConfirmed();
          void refreshStatus();
        }}
      />
    );
  }
  if (status.data.state === 'absent') {
    return (
      <CreateVaultScreen
        onCreated={(code) => {
          onCodeCreated(code);
          void refreshStatus();
        }}
      />
    );
  }
  return <UnlockedApp />;
}
