import { powerMonitor } from 'electron';
import type { LockReason } from '../contract';

/**
 * Locks the vault whenever the laptop may be left or seen by someone else. Call after `app` is
 * ready. Fast user switching on macOS hands the screen to another account, so it counts as a
 * screen lock.
 */
export function lockOnSystemEvents(lock: (reason: LockReason) => Promise<void>): () => void {
  const onSuspend = () => void lock('suspend');
  const onScreenLock = () => void lock('screen_lock');
  powerMonitor.on('suspend', onSuspend);
  powerMonitor.on('lock-screen', onScreenLock);
  powerMonitor.on('user-did-resign-active', onScreenLock);
  return () => {
    powerMonitor.off('suspend', onSuspend);
    powerMonitor.off('lock-screen', onScreenLock);
    powerMonitor.off('user-did-resign-active', onScreenLock);
  };
}
