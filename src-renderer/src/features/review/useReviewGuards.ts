import { useBlocker } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';

/**
 * Every way out of review mode asks for the worker's passphrase first: the router's navigations
 * (links, Back, a typed address) are blocked, Escape asks, and the app's own shortcuts (search)
 * are swallowed. Locking (Ctrl/Cmd+L) still works: unlocking needs the passphrase anyway.
 */
export function useReviewGuards(askToLeave: () => void, dialogOpen: boolean) {
  const allowed = useRef(false);
  const ask = useRef(askToLeave);
  useEffect(() => {
    ask.current = askToLeave;
  });

  useBlocker({
    shouldBlockFn: () => {
      if (allowed.current) return false;
      ask.current();
      return true;
    },
    enableBeforeUnload: false,
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const modifier = event.ctrlKey || event.metaKey;
      if (modifier && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l') return;
      if (modifier && ['k', 'f', 'p'].includes(event.key.toLowerCase())) {
        event.preventDefault();
        event.stopPropagation();
        return;
      }
      // Escape inside the passphrase dialog closes that dialog (staying in review), as usual.
      if (event.key === 'Escape' && !dialogOpen) {
        event.preventDefault();
        ask.current();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [dialogOpen]);

  /** After the passphrase: the next navigation goes through. */
  return () => {
    allowed.current = true;
  };
}
