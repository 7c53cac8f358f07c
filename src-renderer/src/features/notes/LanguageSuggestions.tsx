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

/**
 * The local check's flags for a text, asked for once typing pauses. Their offsets are into the
 * text as it was checked, which may be a moment behind what is in the field.
 */
export function useLanguageFlags(text: string): { checked: string; flags: LanguageFlag[] } {
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
  return { checked, flags: checked.trim() ? (check.data ?? []) : [] };
}

/**
 * Where to underline flagged words in the field now: only flags not dismissed, and only where the
 * words still stand at the offsets checked (while typing runs ahead of the check, a flag whose
 * words have moved waits for the next check rather than underlining the wrong letters).
 */
export function flagMarks(
  text: string,
  flags: readonly LanguageFlag[],
  dismissed: readonly string[],
): { start: number; end: number }[] {
  return flags
    .filter((flag) => !dismissed.includes(flag.termId))
    .filter((flag) => text.slice(flag.start, flag.end) === flag.found)
    .map(({ start, end }) => ({ start, end }));
}

export interface LanguageSuggestionsProps {
  /** The id the field's aria-describedby points to. */
  id: string;
  flags: readonly LanguageFlag[];
  dismissed: readonly string[];
  onDismiss: (termId: string) => void;
}

/**
 * Advice, never a gate: words the local check flags, each with a kinder way to say it and why.
 * The words are underlined in the field too, but a text area's underlines are only drawn, so
 * this list, which the field's aria-describedby points to, is what says what they mean.
 */
export function LanguageSuggestions({ id, flags, dismissed, onDismiss }: LanguageSuggestionsProps) {
  const t = useT();
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

function uniqueTerms(flags: readonly LanguageFlag[]): LanguageFlag[] {
  const seen = new Set<string>();
  return flags.filter((flag) => {
    if (seen.has(flag.termId)) return false;
    seen.add(flag.termId);
    return true;
  });
}
