import { useLayoutEffect, type KeyboardEvent, type MouseEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/api';
import { formatWhen } from '../../i18n/format';
import { useWorkspace } from '../../shell/WorkspaceContext';
import { useNow } from '../../ui/NowProvider';
import { hitLines } from './highlight';
import { HighlightedText } from './HighlightedText';

export const optionId = (listId: string, index: number) => `${listId}-hit-${index}`;

interface Props {
  listId: string;
  listRef: Ref<HTMLDivElement>;
  hits: readonly SearchHit[];
  selectedIndex: number;
  busy: boolean;
  onMove(index: number): void;
  onOpen(index: number): void;
}

/**
 * The results listbox. The search box keeps focus while typing and points at the selected option with
 * aria-activedescendant; the list itself can take focus too (Tab), where j/k and the arrows move.
 */
export function SearchResults({ listId, listRef, hits, selectedIndex, busy, onMove, onOpen }: Props) {
  const { t } = useTranslation();
  const { locale } = useWorkspace();
  const now = useNow();

  useLayoutEffect(() => {
    document.getElementById(optionId(listId, selectedIndex))?.scrollIntoView({ block: 'nearest' });
  }, [listId, selectedIndex, hits]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = {
      ArrowDown: selectedIndex + 1,
      ArrowUp: selectedIndex - 1,
      Home: 0,
      End: hits.length - 1,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    onMove(target);
  };

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const option = (event.target as Element).closest<HTMLElement>('[data-index]');
    if (!option) return;
    const index = Number(option.dataset.index);
    onMove(index);
    onOpen(index);
  };

  return (
    <div
      ref={listRef}
      id={listId}
      className="search-results focus-inset"
      role="listbox"
      aria-label={t('search.results')}
      aria-activedescendant={optionId(listId, selectedIndex)}
      aria-busy={busy}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      {hits.map((hit, index) => {
        const { heading, detail } = hitLines(hit);
        const selected = index === selectedIndex;
        return (
          <div
            key={`${hit.kind}:${hit.id}`}
            id={optionId(listId, index)}
            data-index={index}
            role="option"
            aria-selected={selected}
            className={`search-hit${selected ? ' search-hit--selected' : ''}`}
          >
            <span className={`search-hit__kind search-hit__kind--${hit.kind}`}>
              {t(`search.kind.${hit.kind}`)}
            </span>
            <span className="search-hit__heading">
              <HighlightedText segments={heading} />
            </span>
            {hit.kind !== 'person' && (
              <span className="search-hit__when">{formatWhen(hit.at, now, locale)}</span>
            )}
            {detail && (
              <span className="search-hit__detail">
                <HighlightedText segments={detail} />
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}
