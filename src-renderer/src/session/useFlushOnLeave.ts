import { useEffect } from 'react';
import { flushAllSaves } from './autosave';

/**
 * Saves every open editor when the window is hidden or closing. Hiding often comes just before
 * a screen lock or a suspend, which lock the vault; saving then beats the lock to it.
 */
export function useFlushOnLeave(): void {
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flushAllSaves();
    };
    const onBeforeUnload = () => void flushAllSaves();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onBeforeUnload);
    };
  }, []);
}
