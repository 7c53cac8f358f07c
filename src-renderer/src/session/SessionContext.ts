import { createContext, useContext } from 'react';

export interface Session {
  /** Locks the vault and hides everything at once, whatever the core answers. */
  lock: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionContext provider.');
  return session;
}
