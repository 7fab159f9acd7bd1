import type { TFunction } from 'i18next';
import type { InboxRow, Locale } from '../../../shared/domain';
import { formatAge, formatDateTime, formatWhen } from '../../i18n/format';

/** PRODUCT.md: the repeat-contact signal shows from the third contact in a week. */
export const REPEAT_THRESHOLD = 3;

export interface RowFacts {
  age: string;
  ageFull: string;
  promise: { overdue: boolean; text: string; full: string } | null;
  repeat: string | null;
  assignee: string;
  /** The option's accessible name: person and subject first, then what the row shows. */
  label: string;
}

/** Everything a row says, in words, computed once per row and render. */
export function rowFacts(row: InboxRow, now: number, locale: Locale, t: TFunction): RowFacts {
  const age = formatAge(row.lastContactAt, now, locale);
  let promise: RowFacts['promise'] = null;
  if (row.promiseDueAt !== null) {
    const overdue = row.promiseDueAt <= now;
    const when = formatWhen(row.promiseDueAt, now, locale);
    const full = formatDateTime(row.promiseDueAt, now, locale);
    promise = overdue
      ? {
          overdue,
          text: t('inbox.promiseOverdue', { when }),
          full: t('inbox.promiseOverdue', { when: full }),
        }
      : { overdue, text: t('inbox.promiseDue', { when }), full: t('inbox.promiseDue', { when: full }) };
  }
  const repeat =
    row.repeat.contacts7d >= REPEAT_THRESHOLD ? t('inbox.repeat', { count: row.repeat.contacts7d }) : null;
  const assignee = row.assigneeName ?? t('inbox.unassigned');
  const label = [
    row.unread ? t('inbox.unread') : null,
    row.personName,
    row.subject,
    t(`channels.${row.channel}`),
    t('inbox.lastContact', { age }),
    promise?.full ?? null,
    repeat,
    row.assigneeName ? t('inbox.assignedTo', { name: row.assigneeName }) : assignee,
  ]
    .filter((part): part is string => part !== null)
    .join(', ');
  return { age, ageFull: formatDateTime(row.lastContactAt, now, locale), promise, repeat, assignee, label };
}
