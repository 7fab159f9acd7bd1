import { useTranslation } from 'react-i18next';
import type { InboxRow } from '../../../shared/domain';
import { formatAge, formatDateTime } from '../../i18n/format';
import { useNavigation } from '../../shell/Navigation';
import { useWorkspace } from '../../shell/WorkspaceContext';
import { ChannelIcon } from '../../ui/ChannelIcon';
import { useNow } from '../../ui/NowProvider';

/** All the person's cases, live ones first (the store orders them); each opens the case. */
export function PersonCases({ cases }: { cases: readonly InboxRow[] }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const { locale } = useWorkspace();
  const now = useNow();

  return (
    <section className="person-section">
      <div className="person-section__title">
        <h2>{t('person.cases')}</h2>
        <span className="muted">{t('person.casesCount', { count: cases.length })}</span>
      </div>
      {cases.length === 0 ? (
        <p className="muted">{t('person.noCases')}</p>
      ) : (
        <ul className="person-cases">
          {cases.map((row) => (
            <li key={row.id}>
              <button
                type="button"
                className={`person-case person-case--${row.status}`}
                onClick={() => navigate({ name: 'case', caseId: row.id })}
              >
                <ChannelIcon channel={row.channel} decorative />
                <span className="person-case__subject">{row.subject}</span>
                <span className="person-case__ref">{row.ref}</span>
                <span className={`person-case__status status-text status-text--${row.status}`}>
                  {t(`status.${row.status}`)}
                </span>
                <time
                  className="person-case__age"
                  dateTime={new Date(row.lastContactAt).toISOString()}
                  title={formatDateTime(row.lastContactAt, now, locale)}
                >
                  {t('person.lastContact', { age: formatAge(row.lastContactAt, now, locale) })}
                </time>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
