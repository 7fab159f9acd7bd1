import { useTranslation } from 'react-i18next';
import type { CasePromise, InboxRow } from '../../../shared/domain';
import { formatDateTime } from '../../i18n/format';
import { useNavigation } from '../../shell/Navigation';
import { useWorkspace } from '../../shell/WorkspaceContext';
import { BadgeIcon } from '../../ui/BadgeIcon';
import { useNow } from '../../ui/NowProvider';
import { openPromises } from './personText';

interface Props {
  promises: readonly CasePromise[];
  cases: readonly InboxRow[];
}

/** What we promised this person and have not yet done, soonest first; overdue ones say so in words. */
export function PersonPromises({ promises, cases }: Props) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const { locale } = useWorkspace();
  const now = useNow();
  const open = openPromises(promises, cases, now);

  return (
    <section className="person-section">
      <h2 className="person-section__heading">{t('person.promises')}</h2>
      {open.length === 0 ? (
        <p className="muted">{t('person.noPromises')}</p>
      ) : (
        <ul className="person-promises">
          {open.map(({ promise, overdue, caseRow }) => {
            const when = formatDateTime(promise.dueAt, now, locale);
            return (
              <li
                key={promise.id}
                className={overdue ? 'person-promise person-promise--overdue' : 'person-promise'}
              >
                <span className={overdue ? 'badge badge--overdue' : 'badge badge--due'}>
                  <BadgeIcon kind={overdue ? 'overdue' : 'due'} />
                  {overdue ? t('person.promiseOverdue', { when }) : t('person.promiseDue', { when })}
                </span>
                <span className="person-promise__text">{promise.text}</span>
                {caseRow && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => navigate({ name: 'case', caseId: caseRow.id })}
                  >
                    {t('person.promiseCase', { ref: caseRow.ref })}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
