import { useEffect } from 'react';
import { api } from '../api';

/** The core only needs to know activity happened recently, not every keystroke. */
export const ACTIVITY_THROTTLE_MS = 15_000;
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;

export function useActivityReporter(): void {
  useEffect(() => {
    let last = Number.NEGATIVE_INFINITY;
    const report = () => {
      const now = Date.now();
      if (now - last < ACTIVITY_THROTTLE_MS) return;
      last = now;
      void api.invoke('session.activity', {});
    };
    for (const name of ACTIVITY_EVENTS) {
      window.addEventListener(name, report, { passive: true, capture: true });
    }
    return () => {
      for (const name of ACTIVITY_EVENTS) {
        window.removeEventListener(name, report, { capture: true });
      }
    };
  }, []);
}
