import { QueryClientProvider, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LockReason, VaultStatus } from '../../src-main/contract';
import { api } from './api';
import { Gate } from './Gate';
import { LocaleProvider } from './i18n/LocaleProvider';
import { queryKeys } from './queries/keys';
import { abandonAllSaves, flushAllSaves } from './session/autosave';
import { useFlushOnLeave } from './session/useFlushOnLeave';
import { SessionContext, type Session } from './session/SessionContext';
import { useActivityReporter } from './session/useActivityReporter';

export function App() {
  const queryClient = useQueryClient();
  const [lockReason, setLockReason] = useState<LockReason | null>(null);
  const [freshCode, setFreshCode] = useState<string | null>(null);
  // Bumped at every lock: remounting the tree drops every form value and screen state with it.
  const [session, setSession] = useState(0);

  const onLocked = useCallback(
    (reason: LockReason | undefined) => {
      const status = queryClient.getQueryData<VaultStatus>(queryKeys.vaultStatus);
      if (status?.state === 'locked') return;
      // Whatever an editor still held is dropped with the rest; it was flushed just before.
      abandonAllSaves();
      // The language is not about anyone; keeping it avoids a flash of the wrong language.
      const settings = queryClient.getQueryData(queryKeys.settings);
      queryClient.clear();
      if (settings) queryClient.setQueryData(queryKeys.settings, settings);
      if (status) {
        queryClient.setQueryData<VaultStatus>(queryKeys.vaultStatus, {
          ...status,
          state: 'locked',
        });
      }
      setFreshCode(null);
      setLockReason(reason ?? null);
      setSession((n) => n + 1);
    },
    [queryClient],
  );

  useEffect(
    () =>
      api.on('vault.stateChanged', (event) => {
        if (event.state === 'locked') {
          // Send what editors hold before forgetting it. If the core locked first it answers
          // LOCKED, which is why editors also save when the window is hidden.
          void flushAllSaves();
          onLocked(event.reason);
        } else void queryClient.invalidateQueries({ queryKey: queryKeys.vaultStatus });
      }),
    [onLocked, queryClient],
  );

  useActivityReporter();
  useFlushOnLeave();

  const sessionValue = useMemo<Session>(
    () => ({
      lock: async () => {
        // Typed text reaches the vault before it closes.
        await flushAllSaves();
        await api.invoke('vault.lock', {});
        // Hide everything even if the core did not answer; its status decides what comes next.
        onLocked('manual');
      },
    }),
    [onLocked],
  );

  return (
    <SessionContext value={sessionValue}>
      <LocaleProvider key={session}>
        <Gate
          lockReason={lockReason}
          freshCode={freshCode}
          onCodeCreated={setFreshCode}
          onCodeConfirmed={() => setFreshCode(null)}
        />
      </LocaleProvider>
    </SessionContext>
  );
}

export function AppRoot({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  );
}
