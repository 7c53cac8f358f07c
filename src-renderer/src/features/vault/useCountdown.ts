import { useCallback, useEffect, useState } from 'react';

/** Counts down to a moment; used while the core refuses unlock attempts for a while. */
export function useCountdown(initialMs: number) {
  const [deadline, setDeadline] = useState(() => (initialMs > 0 ? Date.now() + initialMs : 0));
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (deadline === 0) return;
    const timer = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= deadline) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [deadline]);

  const start = useCallback((ms: number) => {
    const current = Date.now();
    setNow(current);
    setDeadline(current + ms);
  }, []);

  return { remainingMs: Math.max(0, deadline - now), start };
}

/** m:ss, rounded up so the wait never reads 0:00 while the button is still disabled. */
export function formatWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
