import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { LanguageFlag } from '../../../../src-main/contract';
import { api } from '../../api';
import { Button } from '../../components/Button';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { useT } from '../../i18n/useT';
import { queryKeys } from '../../queries/keys';
import { useSettings } from '../../queries/settings';

export const LANGUAGE_CHECK_DEBOUNCE_MS = 400;

/** Suggestions set aside for one record, for this session only (a lock forgets them). */
export function useDismissedTerms(recordId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.dismissedTerms(recordId);
  const dismissed = useQuery({
    queryKey: key,
    queryFn: () => [] as string[],
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const dismiss = (termId: string) =>
    queryClient.setQueryData<string[]>(key, (old = []) =>
      old.includes(termId) ? old : [...old, termId],
    );
  return { dismissed: dismissed.data ?? [], dismiss };
}

export interface LanguageSuggestionsProps {
  /** The id the field's aria-describedby points to. */
  id: string;
  text: string;
  dismissed: readonly string[];
  onDismiss: (termId: string) => void;
}

/**
 * Advice, never a gate: words the local check flags, each with a kinder way to say it and why.
 * A text area cannot hold markup, so the flagged words are listed under it instead.
 */
export function LanguageSuggestions({ id, text, dismissed, onDismiss }: LanguageSuggestionsProps) {
  const t = useT();
  const language = useSettings().data?.language ?? 'en';
  const checked = useDebouncedValue(text, LANGUAGE_CHECK_DEBOUNCE_MS);
  const check = useQuery({
    queryKey: queryKeys.languageCheck(language, checked),
    queryFn: () => api.call('language.check', { text: checked, language }),
    enabled: checked.trim().length > 0,
    placeholderData: (previous) => previous,
    staleTime: Infinity,
    gcTime: 60_000,
  });
  const flags = checked.trim() ? (check.data ?? []) : [];
  const shown = uniqueTerms(flags).filter((flag) => !dismissed.includes(flag.termId));

  return (
    <div id={id} className="language-help" aria-live="polite">
      {shown.length > 0 && (
        <>
          <p className="language-help__title">{t('wording.title')}</p>
          <ul className="language-help__list">
            {shown.map((flag) => (
              <li key={flag.termId} className="language-help__item">
                <p className="language-help__suggestion">
                  {t('wording.suggestion', { found: flag.found, suggestion: flag.suggestion })}
                </p>
                <p className="language-help__why">{t('wording.why', { why: flag.why })}</p>
                <Button
                  variant="quiet"
                  aria-label={t('wording.dismissLabel', { found: flag.found })}
                  onPress={() => onDismiss(flag.termId)}
                >
                  {t('wording.dismiss')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function uniqueTerms(flags: LanguageFlag[]): LanguageFlag[] {
  const seen = new Set<string>();
  return flags.filter((flag) => {
    if (seen.has(flag.termId)) return false;
    seen.add(flag.termId);
    return true;
  });
}
