import { memo, useMemo } from 'react';
import type { TFunction } from 'i18next';
import type { InboxRow, Locale } from '../../../shared/domain';
import { BadgeIcon } from '../../ui/BadgeIcon';
import { ChannelIcon } from '../../ui/ChannelIcon';
import { useIsSelected, type InboxSelection } from './inboxSelection';
import { rowFacts, type RowFacts } from './rowFacts';

export const ROW_HEIGHT = 56;

export function optionId(index: number): string {
  return `inbox-option-${index}`;
}

interface Props {
  row: InboxRow | undefined;
  index: number;
  /** Read by the row itself, so moving it re-renders the two rows it left and reached, and nothing else. */
  selection: InboxSelection;
  /** Pixels from the top of the list. */
  start: number;
  setSize: number;
  now: number;
  locale: Locale;
  /** The list's `t`, passed down: a translation hook per row would subscribe every row to the language. */
  t: TFunction;
}

/**
 * One case in the inbox. Memoized, and it reads the selection itself, so moving the selection
 * re-renders only the row that lost it and the row that got it, and in those only the option
 * itself: the facts are computed once per row and the lines inside are memoized on them.
 */
export const InboxRowView = memo(function InboxRowView({
  row,
  index,
  selection,
  start,
  setSize,
  now,
  locale,
  t,
}: Props) {
  const selected = useIsSelected(selection, index, setSize);
  const facts = useMemo(() => (row ? rowFacts(row, now, locale, t) : null), [row, now, locale, t]);
  const common = {
    id: optionId(index),
    role: 'option',
    'aria-selected': selected,
    'aria-posinset': index + 1,
    'aria-setsize': setSize,
    'data-index': index,
    style: { transform: `translateY(${start}px)`, height: ROW_HEIGHT },
  } as const;

  if (!row || !facts) {
    return (
      <div {...common} className="inbox-row inbox-row--loading" aria-label={t('inbox.loadingRow')}>
        <span className="inbox-skeleton" />
        <span className="inbox-skeleton inbox-skeleton--short" />
      </div>
    );
  }

  const classes = ['inbox-row', selected && 'inbox-row--selected', row.unread && 'inbox-row--unread'];
  return (
    <div {...common} className={classes.filter(Boolean).join(' ')} aria-label={facts.label}>
      <RowLines row={row} facts={facts} t={t} />
    </div>
  );
});

const RowLines = memo(function RowLines({ row, facts, t }: { row: InboxRow; facts: RowFacts; t: TFunction }) {
  return (
    <>
      <div className="inbox-row__line">
        <span className="inbox-row__unread" aria-hidden="true" />
        <ChannelIcon channel={row.channel} label={t(`channels.${row.channel}`)} />
        <span className="inbox-row__person">{row.personName}</span>
        {facts.promise && (
          <span
            className={facts.promise.overdue ? 'badge badge--overdue' : 'badge badge--due'}
            title={facts.promise.full}
          >
            <BadgeIcon kind={facts.promise.overdue ? 'overdue' : 'due'} />
            {facts.promise.text}
          </span>
        )}
        {facts.repeat && (
          <span
            className="badge badge--repeat"
            title={t('caseActions.brief.via', {
              channels: row.repeat.channels7d.map((channel) => t(`channels.${channel}`)).join(', '),
            })}
          >
            {facts.repeat}
          </span>
        )}
        <span className="inbox-row__age" title={facts.ageFull}>
          {facts.age}
        </span>
      </div>
      <div className="inbox-row__line">
        <span className="inbox-row__subject">{row.subject}</span>
        <span className="inbox-row__snippet">{row.snippet}</span>
        <span
          className={
            row.assigneeName ? 'inbox-row__assignee' : 'inbox-row__assignee inbox-row__assignee--none'
          }
        >
          {facts.assignee}
        </span>
      </div>
    </>
  );
});
