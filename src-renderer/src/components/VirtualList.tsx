import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

/** Ask for the next page this many rows before the end. */
const LOAD_AHEAD_ROWS = 10;

export interface VirtualListProps<T> {
  items: readonly T[];
  /** A stable key for each item, such as its id. */
  itemKey: (item: T) => string;
  /** The inside of one row; it should hold a link, which is what keyboard moves between. */
  renderItem: (item: T) => ReactNode;
  /** The list's accessible name. */
  label: string;
  /** Rows are measured once drawn; this is only the first guess. */
  estimatedRowPx: number;
  hasMore: boolean;
  loadingMore: boolean;
  /** Said (as a status) while the next page loads. */
  loadingMoreLabel: string;
  /** Called when the rows drawn come near the end of those loaded; may be called again. */
  onNearEnd: () => void;
  /** Classes for the scrolling box, the list and each row; the styles live in CSS files. */
  className: string;
  listClassName: string;
  itemClassName: string;
}

/**
 * A long list of links that scrolls smoothly because only the rows in view exist, and asks for
 * the next keyset page as the end comes near. The rows stay in normal flow; the list is padded
 * above and below through the CSSOM (not a style attribute, so the CSP allows it) to stand for
 * the rows not drawn. Tab moves through the links drawn; Up and Down move row by row, drawing
 * rows not yet in view first.
 */
export function VirtualList<T>({
  items,
  itemKey,
  renderItem,
  label,
  estimatedRowPx,
  hasMore,
  loadingMore,
  loadingMoreLabel,
  onNearEnd,
  className,
  listClassName,
  itemClassName,
}: VirtualListProps<T>) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // The virtualizer re-renders this component itself; nothing here relies on memoisation.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => estimatedRowPx,
    overscan: 8,
    getItemKey: (index) => {
      const item = items[index];
      return item === undefined ? index : itemKey(item);
    },
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
    if (hasMore && !loadingMore && lastIndex >= items.length - LOAD_AHEAD_ROWS) onNearEnd();
  }, [hasMore, loadingMore, lastIndex, items.length, onNearEnd]);

  /** Up and Down move between rows, bringing rows not yet drawn into view first. */
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const current = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!current) return;
    const next = Number(current.dataset.index) + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0 || next >= items.length) return;
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
    <div ref={scrollerRef} className={className}>
      <ul ref={listRef} className={listClassName} aria-label={label} onKeyDown={onKeyDown}>
        {rows.map((row) => {
          const item = items[row.index];
          if (item === undefined) return null;
          return (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              className={itemClassName}
            >
              {renderItem(item)}
            </li>
          );
        })}
      </ul>
      {loadingMore && (
        <p className="loading" role="status">
          {loadingMoreLabel}
        </p>
      )}
    </div>
  );
}
