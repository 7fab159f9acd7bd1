import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/api';
import { useKeyAction } from '../../keyboard/KeyboardProvider';
import { useNavigation } from '../../shell/Navigation';
import { lastSearchPlace, rememberSearchPlace } from './searchMemory';
import type { SearchRequest } from './searchRequest';
import { SearchFilters } from './SearchFilters';
import { SearchResults, optionId } from './SearchResults';
import { useSearchAnswer } from './useSearchAnswer';
import './search.css';

/**
 * Search across people, cases, messages and notes as the agent types. The box has focus on arrival;
 * arrows (or j/k in the list) move, Enter opens, Esc clears and a second Esc goes back. The last
 * search is kept, so coming back from a hit shows the same results with that hit selected.
 */
export function SearchScreen() {
  const { t } = useTranslation();
  const { navigate, back } = useNavigation();
  const [initial] = useState(lastSearchPlace);
  const [request, setRequest] = useState<SearchRequest>(initial.request);
  const [selection, setSelection] = useState(initial.selection);
  const { answer, pending, failed } = useSearchAnswer(request, initial.answer);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const listId = useId();

  const blank = request.q.trim() === '';
  const hits: readonly SearchHit[] = blank || !answer ? [] : answer.hits;
  const shownKey = answer?.key ?? '';
  const selectedIndex =
    selection.key === shownKey ? Math.max(0, Math.min(selection.index, hits.length - 1)) : 0;

  useEffect(() => {
    rememberSearchPlace({ request, answer, selection: { key: shownKey, index: selectedIndex } });
  }, [request, answer, shownKey, selectedIndex]);

  useLayoutEffect(() => {
    inputRef.current?.focus();
  }, []);

  const move = (index: number) => {
    if (hits.length === 0) return;
    setSelection({ key: shownKey, index: Math.max(0, Math.min(hits.length - 1, index)) });
  };
  const open = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    if (hit.kind === 'person') navigate({ name: 'person', personId: hit.personId });
    else if (hit.caseId !== null) navigate({ name: 'case', caseId: hit.caseId });
  };

  useKeyAction('search.focus', () => inputRef.current?.focus());
  useKeyAction('nav.back', () => {
    if (request.q === '') return back();
    setRequest({ ...request, q: '' });
    inputRef.current?.focus();
  });
  // j/k and o come here only when focus is not in the box or a filter (the keyboard layer's typing guard).
  useKeyAction('list.next', () => move(selectedIndex + 1));
  useKeyAction('list.previous', () => move(selectedIndex - 1));
  useKeyAction('list.open', () => open(selectedIndex));

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(selectedIndex + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(selectedIndex);
    }
  };

  const active = hits.length > 0 ? optionId(listId, selectedIndex) : undefined;
  // While a new answer is on its way the list keeps the last one, and the count says what is shown;
  // "Searching…" only when there is nothing to show yet, so a screen reader is not told it per keystroke.
  const statusText = () => {
    if (blank) return '';
    if (failed) return t('search.failed');
    // While the desk builds its search index (a first sync), the count says some may be missing.
    const partly = (text: string) => (answer?.indexing ? `${text} ${t('search.indexing')}` : text);
    if (hits.length > 0) return partly(t('search.count', { count: hits.length }));
    if (pending) return t('search.searching');
    const filtered = request.channel !== null || request.status !== null || request.range !== 'any';
    return partly(t(filtered ? 'search.noneFiltered' : 'search.none', { query: request.q.trim() }));
  };

  return (
    <section className="search" aria-labelledby={`${listId}-heading`}>
      <h1 id={`${listId}-heading`} className="visually-hidden">
        {t('search.heading')}
      </h1>
      <div className="search__bar">
        <svg className="search__icon" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="6.5" cy="6.5" r="4.75" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M10 10l4.25 4.25" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
        <input
          ref={inputRef}
          type="search"
          className="search__input"
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          aria-controls={hits.length > 0 ? listId : undefined}
          aria-activedescendant={active}
          aria-autocomplete="list"
          autoComplete="off"
          spellCheck={false}
          value={request.q}
          onChange={(event) => setRequest({ ...request, q: event.target.value })}
          onKeyDown={onInputKeyDown}
        />
      </div>
      <SearchFilters value={request} onChange={(filters) => setRequest({ ...request, ...filters })} />
      <p className="search__status" role="status">
        {statusText()}
      </p>
      {blank && (
        <div className="search__empty">
          <p>{t('search.hint')}</p>
          <p className="search__keys">{t('search.keys')}</p>
        </div>
      )}
      {hits.length > 0 && (
        <SearchResults
          listId={listId}
          listRef={listRef}
          hits={hits}
          selectedIndex={selectedIndex}
          busy={pending}
          onMove={move}
          onOpen={open}
        />
      )}
    </section>
  );
}
