import { Link } from '@tanstack/react-router';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { PersonSummary } from '../../../../src-main/contract';
import { useT } from '../../i18n/useT';
import { useIntl } from 'react-intl';

/** Rows are measured once drawn; this is only the first guess. */
const ESTIMATED_ROW_PX = 72;
/** Ask for the next page this many rows before the end. */
const LOAD_AHEAD_ROWS = 10;

export interface PeopleListProps {
  people: PersonSummary[];
  hasMore: boolean;
  loadingMore: boolean;
  onNearEnd: () => void;
}

/**
 * Thousands of people scroll smoothly because only the rows in view exist. The rows stay in
 * normal flow; the list is padded above and below through the CSSOM (not a style attribute, so
 * the CSP allows it) to stand for the rows not drawn.
 */
export function PeopleList({ people, hasMore, loadingMore, onNearEnd }: PeopleListProps) {
  const t = useT();
  const intl = useIntl();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // The virtualizer re-renders this component itself; nothing here relies on memoisation.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: people.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 8,
    getItemKey: (index) => people[index]?.id ?? index,
    // A box not laid out yet (or a document without layout) still shows its first rows.
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) =>
        onRect(rect.height > 0 ? rect : { width: rect.width, height: window.innerHeight }),
      ),
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0];
  const last = rows.at(-1);
  const total = virtualizer.getTotalSize();

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    list.style.paddingTop = `${first?.start ?? 0}px`;
    list.style.paddingBottom = `${Math.max(0, total - (last?.end ?? 0))}px`;
  }, [first?.start, last?.end, total]);

  const lastIndex = last?.index ?? -1;
  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= people.length - LOAD_AHEAD_ROWS) onNearEnd();
  }, [hasMore, loadingMore, lastIndex, people.length, onNearEnd]);

  /** Up and Down move between people, bringing rows not yet drawn into view first. */
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const current = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!current) return;
    const next = Number(current.dataset.index) + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0 || next >= people.length) return;
    event.preventDefault();
    virtualizer.scrollToIndex(next, { align: 'auto' });
    const focusRow = (attempt: number) => {
      const link = listRef.current?.querySelector<HTMLElement>(`[data-index="${next}"] a`);
      if (link) link.focus();
      else if (attempt < 5) requestAnimationFrame(() => focusRow(attempt + 1));
    };
    focusRow(0);
  };

  return (
    <div ref={scrollerRef} className="people-list">
      <ul
        ref={listRef}
        className="people-list__items"
        aria-label={t('people.listLabel')}
        onKeyDown={onKeyDown}
      >
        {rows.map((row) => {
          const person = people[row.index];
          if (!person) return null;
          return (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              className="people-list__item"
            >
              <Link
                to="/people/$personId"
                params={{ personId: person.id }}
                className="people-list__link"
              >
                {person.preferredName}
              </Link>
              {person.pronouns && <span className="people-list__pronouns">{person.pronouns}</span>}
              <span className="people-list__meta">
                {person.archivedAt !== null && (
                  <span className="tag">{t('person.archived.tag')}</span>
                )}
                {t('people.lastActivity', {
                  date: intl.formatDate(person.lastActivityAt, { dateStyle: 'medium' }),
                })}
              </span>
            </li>
          );
        })}
      </ul>
      {loadingMore && (
        <p className="loading" role="status">
          {t('people.loadingMore')}
        </p>
      )}
    </div>
  );
}
