import { useNavigate } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import {
  Dialog,
  DialogTrigger,
  Heading,
  Input,
  Label,
  Modal,
  ModalOverlay,
  SearchField,
} from 'react-aria-components';
import type { SearchHit } from '../../../../src-main/contract';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { errorMessageKey } from '../../errors';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/useT';
import { contactTypeLabels } from '../notes/labels';
import { isMacPlatform } from '../../session/useLockShortcut';
import { Snippet } from './Snippet';
import { hitTarget, kindLabels, useSearch } from './useSearch';

/** Cmd+K on macOS, Ctrl+K elsewhere; either works everywhere. */
export function isSearchShortcut(event: globalThis.KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    event.key.toLowerCase() === 'k'
  );
}

/** The header's Search button and its dialog, also opened with Ctrl+K from anywhere. */
export function SearchDialog() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const shortcutId = useId();
  const mac = isMacPlatform();

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className="app-header__search">
      <DialogTrigger isOpen={open} onOpenChange={setOpen}>
        <Button variant="secondary" aria-describedby={shortcutId}>
          {t('search.open')}
        </Button>
        <ModalOverlay className="modal-overlay modal-overlay--top" isDismissable>
          <Modal className="modal modal--search">
            <Dialog className="dialog">{({ close }) => <SearchPanel onDone={close} />}</Dialog>
          </Modal>
        </ModalOverlay>
      </DialogTrigger>
      <span id={shortcutId} className="shortcut">
        <kbd>{mac ? '⌘' : 'Ctrl'}</kbd>+<kbd>K</kbd>
      </span>
    </div>
  );
}

function SearchPanel({ onDone }: { onDone: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const listId = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const search = useSearch(text, null);

  // The dialog takes focus as it opens; the field takes it next, so typing can start at once.
  useEffect(() => {
    const frame = requestAnimationFrame(() => inputRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  const hits: SearchHit[] = search.query && text.trim() ? (search.data ?? []) : [];
  const current = Math.min(active, Math.max(0, hits.length - 1));
  const expanded = hits.length > 0;

  const openHit = (hit: SearchHit) => {
    onDone();
    void navigate(hitTarget(hit));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!expanded) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((current + 1) % hits.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current - 1 + hits.length) % hits.length);
    } else if (event.key === 'Home' && event.ctrlKey) {
      event.preventDefault();
      setActive(0);
    } else if (event.key === 'End' && event.ctrlKey) {
      event.preventDefault();
      setActive(hits.length - 1);
    } else if (event.key === 'Enter') {
      const hit = hits[current];
      if (hit) {
        event.preventDefault();
        openHit(hit);
      }
    }
  };

  useEffect(() => {
    document.getElementById(`${listId}-${current}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [current, listId]);

  let statusText = '';
  if (search.query && !search.isFetching && search.isSuccess) {
    statusText = hits.length === 0 ? t('search.none') : t('search.count', { count: hits.length });
  }

  return (
    <div className="search">
      <Heading slot="title" className="heading heading--2">
        {t('search.title')}
      </Heading>
      <SearchField
        className="field"
        value={text}
        onChange={(value) => {
          setText(value);
          setActive(0);
        }}
      >
        <Label className="field__label">{t('search.label')}</Label>
        <Input
          ref={inputRef}
          className="field__input"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={expanded ? listId : undefined}
          aria-activedescendant={expanded ? `${listId}-${current}` : undefined}
          onKeyDown={onKeyDown}
        />
      </SearchField>
      <p className="field__description">{t('search.help')}</p>
      <p role="status" className="search__status">
        {statusText}
      </p>
      {search.isError && (
        <Banner tone="error" role="alert">
          {t(errorMessageKey(search.error))}
        </Banner>
      )}
      {expanded && (
        <ul id={listId} role="listbox" aria-label={t('search.results')} className="search__hits">
          {hits.map((hit, index) => (
            <li
              key={`${hit.kind}-${hit.id}`}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === current}
              className="search-hit"
              onClick={() => openHit(hit)}
              onMouseMove={() => setActive(index)}
            >
              <SearchHitContent hit={hit} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function SearchHitContent({ hit }: { hit: SearchHit }) {
  const t = useT();
  const intl = useIntl();
  // A note has no title of its own: its date and kind of contact, in the reader's language.
  const title = hit.note
    ? `${intl.formatDate(hit.note.happenedAt, { dateStyle: 'medium' })} · ${t(contactTypeLabels[hit.note.contactType])}`
    : hit.title;
  return (
    <>
      <span className="search-hit__top">
        <span className="tag">{t(kindLabels[hit.kind])}</span>
        <span className="search-hit__title">{title || t('reflections.untitled')}</span>
        {hit.personName !== null && hit.kind !== 'person' && (
          <span className="search-hit__person">{hit.personName}</span>
        )}
      </span>
      <Snippet snippet={hit.snippet} />
    </>
  );
}
