import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/api';
import { useWorkspace } from '../../shell/WorkspaceContext';
import { languageNames } from './personText';

type PersonDetail = Result<'people.get'>;

/** One record's facts, for a side-by-side look before merging. */
function RecordFacts({ heading, detail }: { heading: string; detail: PersonDetail }) {
  const { t } = useTranslation();
  const { locale } = useWorkspace();
  const headingId = useId();
  const { person, personalAgent, contactPoints, cases, promises } = detail;
  const openPromises = promises.filter((p) => p.status === 'open').length;
  const none = <span className="muted">{t('person.notSet')}</span>;
  return (
    <section className="merge-record" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="merge-record__heading">
        {heading}
      </h3>
      <p className="merge-record__name">{person.name}</p>
      <dl className="merge-record__facts">
        <dt>{t('person.preferredName')}</dt>
        <dd>{person.preferredName ?? none}</dd>
        <dt>{t('person.languages')}</dt>
        <dd>{person.languages.length > 0 ? languageNames(person.languages, locale).join(', ') : none}</dd>
        <dt>{t('person.personalAgent')}</dt>
        <dd>{personalAgent?.name ?? none}</dd>
        <dt>{t('person.contactPoints')}</dt>
        <dd>
          {contactPoints.length === 0
            ? none
            : contactPoints.map((point) => (
                <span key={point.id} className="merge-record__contact">
                  {t(`person.contactKind.${point.kind}`)}: {point.value}
                </span>
              ))}
        </dd>
        <dt>{t('person.cases')}</dt>
        <dd>{t('person.casesCount', { count: cases.length })}</dd>
        <dt>{t('person.promises')}</dt>
        <dd>{openPromises}</dd>
      </dl>
    </section>
  );
}

/** The kept record beside the duplicate, so the agent sees they are the same person before merging. */
export function MergeComparison({ keep, duplicate }: { keep: PersonDetail; duplicate: PersonDetail }) {
  const { t } = useTranslation();
  return (
    <div className="merge-comparison">
      <RecordFacts heading={t('person.merge.keep')} detail={keep} />
      <RecordFacts heading={t('person.merge.duplicate')} detail={duplicate} />
    </div>
  );
}
