import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/api';
import type { Locale } from '../../../shared/domain';
import { formatDateTime } from '../../i18n/format';
import { BadgeIcon } from '../../ui/BadgeIcon';
import { ChannelIcon } from '../../ui/ChannelIcon';

interface Props {
  data: Result<'cases.get'>;
  now: number;
  locale: Locale;
  onBack(): void;
}

/** Who the case is about and where it stands: person, reference, subject, status, owner, promises. */
export function CaseHeader({ data, now, locale, onBack }: Props) {
  const { t } = useTranslation();
  const { case: c, person, assignee, promises } = data;
  const open = promises.filter((p) => p.status === 'open').sort((a, b) => a.dueAt - b.dueAt);
  return (
    <header className="case-header">
      <button type="button" className="button case-header__back" onClick={onBack}>
        <span aria-hidden="true">←</span> {t('case.back')}
      </button>
      <div className="case-header__title">
        <h1 className="case-header__person">{person.name}</h1>
        <span className="case-header__ref">{c.ref}</span>
      </div>
      <p className="case-header__subject">{c.subject}</p>
      <dl className="case-facts" aria-label={t('case.details')}>
        <div>
          <dt>{t('case.status')}</dt>
          <dd>{t(`status.${c.status}`)}</dd>
        </div>
        <div>
          <dt>{t('case.priority')}</dt>
          <dd className={`priority priority--${c.priority}`}>{t(`priority.${c.priority}`)}</dd>
        </div>
        <div>
          <dt>{t('case.assignee')}</dt>
          <dd>{assignee?.name ?? t('case.unassigned')}</dd>
        </div>
        <div>
          <dt>{t('case.channel')}</dt>
          <dd className="case-facts__channel">
            <ChannelIcon channel={c.channel} decorative />
            {t(`channels.${c.channel}`)}
          </dd>
        </div>
      </dl>
      {open.length > 0 && (
        <section className="case-promises" aria-label={t('case.promises')}>
          <h2 className="visually-hidden">{t('case.promises')}</h2>
          <ul>
            {open.map((p) => {
              const overdue = p.dueAt <= now;
              const when = formatDateTime(p.dueAt, now, locale);
              return (
                <li key={p.id} className={overdue ? 'case-promise case-promise--overdue' : 'case-promise'}>
                  {overdue ? (
                    <span className="badge badge--overdue">
                      <BadgeIcon kind="overdue" />
                      {t('case.overdue')}
                    </span>
                  ) : (
                    <BadgeIcon kind="due" />
                  )}
                  {t('case.promiseDue', { text: p.text, when })}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </header>
  );
}
