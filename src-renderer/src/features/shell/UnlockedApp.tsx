import { RouterProvider } from '@tanstack/react-router';
import { useState } from 'react';
import { createAppRouter } from '../../router';
import { useSession } from '../../session/SessionContext';
import { useLockShortcut } from '../../session/useLockShortcut';

export function UnlockedApp() {
  // One router per unlocked session, so nothing of a previous session's navigation survives.
  const [router] = useState(createAppRouter);
  const { lock } = useSession();
  useLockShortcut(lock);
  return <RouterProvider router={router} />;
}
