import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchHit } from '../../../shared/api';
import { useQuery } from '../../api/useQuery';

const MAX_HITS = 8;

const plain = (snippet: string) => snippet.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_END, '');

/** A snippet with its matched words marked, without trusting it as HTML. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(HIGHLIGHT_START);
  return (
    <>
      {parts.map((part, i) => {
        if (i === 0) return part;
        const [marked = '', rest = ''] = part.split(HIGHLIGHT_END);
        return (
          <span key={i}>
            <mark>{marked}</mark>
            {rest}
          </span>
        );
      })}
    </>
  );
}

interface Props {
  /** The person being kept; never offered as their own duplicate. */
  keepId: string;
  chosenId: string | null;
  onChoose(hit: SearchHit): void;
}

/**
 * A combobox over people: type a name, email or phone number, move with the arrow keys, Enter chooses.
 * Results come as you type; the first one is active.
 */
export function MergeSearch({ keepId, chosenId, onChoose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  const query = useQuery('search.query', { q, kinds: ['person'], limit: MAX_HITS + 1 });
  const hits =
    q.trim() === '' ? [] : (query.data?.hits ?? []).filter((hit) => hit.id !== keepId).slice(0, MAX_HITS);
  const activeIndex = Math.min(active, hits.length - 1);
  const optionId = (i: number) => `${id}-option-${i}`;
  const searched = q.trim() !== '' && !query.loading;

  return (
    <div className="merge-search">
      <label htmlFor={`${id}-input`}>{t('person.merge.search')}</label>
      <input
        id={`${id}-input`}
        className="input"
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={hits.length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={hits.length > 0 ? optionId(activeIndex) : undefined}
        value={q}
        onChange={(event) => {
          setQ(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (hits.length === 0) return;
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((activeIndex + step + hits.length) % hits.length);
          } else if (event.key === 'Enter') {
            event.preventDefault();
            const hit = hits[activeIndex];
            if (hit) onChoose(hit);
          }
        }}
      />
      {hits.length > 0 && (
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label={t('person.merge.results')}
          className="merge-search__list"
        >
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              className={
                hit.id === chosenId ? 'merge-search__hit merge-search__hit--chosen' : 'merge-search__hit'
              }
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onChoose(hit)}
            >
              <span className="merge-search__name">{hit.title}</span>
              {plain(hit.snippet) !== hit.title && (
                <span className="merge-search__snippet">
                  <Snippet text={hit.snippet} />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {searched && hits.length === 0 && <p className="muted">{t('person.merge.noResults')}</p>}
    </div>
  );
}
