import { useEffect, useState } from 'react';
import { Autosaver, registerAutosaver, type AutosaveOptions, type SaveStatus } from './autosave';

/**
 * Autosave for one editor: `change` after every edit, `flush` on blur. Leaving the screen
 * (route change, unmount) flushes too; a lock or a closing window flushes every editor at once.
 */
export function useAutosave<T>(
  save: (value: T) => Promise<{ savedAt: string }>,
  options?: AutosaveOptions,
) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [saver] = useState(() => new Autosaver<T>(save, setStatus, options));
  useEffect(() => {
    saver.saveWith(save);
  });
  useEffect(() => {
    saver.attach();
    const unregister = registerAutosaver(saver);
    return () => {
      // Stays known to the lock until its last save is answered, so a lock still reaches it.
      void saver.detach().then(() => {
        if (!saver.isAttached && !saver.hasUnsaved) unregister();
      });
    };
  }, [saver]);
  /** After the record itself is deleted: nothing left to save. */
  const discard = () => saver.abandon();
  return { status, change: saver.change, flush: saver.flush, discard };
}
