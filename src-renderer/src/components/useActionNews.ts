import { useState } from 'react';
import { errorMessageKey } from '../errors';
import { useT } from '../i18n/useT';

/**
 * What came of the last action on a page: its news in plain words, or the plain sentence for its
 * error. Each run clears the previous one first, so the two never show at once.
 */
export function useActionNews() {
  const t = useT();
  const [news, setNews] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (action: () => Promise<string>): Promise<void> => {
    setProblem(null);
    setNews('');
    try {
      setNews(await action());
    } catch (caught) {
      setProblem(t(errorMessageKey(caught)));
    }
  };
  return { news, problem, run };
}
