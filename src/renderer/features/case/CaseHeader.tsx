import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/api';
import type { Locale } from '../../../shared/domain';
import { formatDateTime } from '../../i18n/format';
import { useNavigation } from '../../shell/Navigation';
import { ChannelIcon } from '../../ui/ChannelIcon';

interface Props {
  data: Result<'cases.get'>;
  now: number;
  locale: Locale;
  onBack(): void;
  /** The case's action buttons (assign, resolve, snooze, …). */
  actions: ReactNode;
}

/** Who the case is about and where it stands: person (a way to their whole story), subject, status, owner. */
export function CaseHeader({ data, now, locale, onBack, actions }: Props) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const { case: c, person, assignee } = data;
  return (
    <header className="case-header">
      <div className="case-header__top">
        <button type="button" className="button case-header__back" onClick={onBack}>
          <span aria-hidden="true">←</span> {t('case.back')}
        </button>
        {actions}
      </div>
      <div className="case-header__title">
        <h1 className="case-header__person">
          <button
            type="button"
            className="case-header__person-link"
            title={t('caseActions.openPerson')}
            onClick={() => navigate({ name: 'person', personId: person.id })}
          >
            {person.name}
          </button>
        </h1>
        {person.preferredName && person.preferredName !== person.name && (
          <span className="case-header__preferred">({person.preferredName})</span>
        )}
        <span className="case-header__ref">{c.ref}</span>
      </div>
      <p className="case-header__subject">{c.subject}</p>
      <dl className="case-facts" aria-label={t('case.details')}>
        <div>
          <dt>{t('case.status')}</dt>
          <dd>
            {c.status === 'snoozed' && c.snoozedUntil !== null
              ? t('caseActions.snoozedUntil', { when: formatDateTime(c.snoozedUntil, now, locale) })
              : t(`status.${c.status}`)}
          </dd>
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
    </header>
  );
}
