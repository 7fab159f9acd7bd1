import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { useKeyAction } from '../../keyboard/KeyboardProvider';
import { useNavigation } from '../../shell/Navigation';
import { ContactPoints } from './ContactPoints';
import { MergedRecords } from './MergedRecords';
import { PersonCases } from './PersonCases';
import { PersonDetails } from './PersonDetails';
import { PersonHeader } from './PersonHeader';
import { PersonHistory } from './PersonHistory';
import { PersonNote } from './PersonNote';
import { PersonPromises } from './PersonPromises';
import './person.css';

/**
 * One person across all their cases: who they are, what matters to them, what we promised, their cases
 * and their whole story. Esc goes back to where the agent came from.
 */
export function PersonScreen({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { back } = useNavigation();
  const query = useQuery(
    'people.get',
    { personId },
    { refetchOn: ['person.changed', 'case.changed', 'cases.invalidated'] },
  );
  const data = query.data?.person.id === personId ? query.data : undefined;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState('');
  const [focusMergeId, setFocusMergeId] = useState<string | null>(null);

  useKeyAction('nav.back', back);

  const hasData = data !== undefined;
  useLayoutEffect(() => {
    if (hasData) headingRef.current?.focus({ preventScroll: true });
  }, [hasData]);

  if (!data) {
    return (
      <section className="person person--empty" aria-label={t('person.region')}>
        {query.error ? (
          <p role="alert">
            {t('person.loadFailed')}{' '}
            <button type="button" className="button" onClick={back}>
              {t('person.back')}
            </button>
          </p>
        ) : (
          <p>{t('person.loading')}</p>
        )}
      </section>
    );
  }

  const { person } = data;
  return (
    <section className="person" aria-label={t('person.region')}>
      <PersonHeader
        data={data}
        notice={notice}
        headingRef={headingRef}
        onMerged={(merge) => {
          setFocusMergeId(merge.id);
          setNotice(t('person.merge.done', { name: merge.mergedName }));
        }}
      />
      <div className="person__body">
        <div className="person__column person__column--about">
          <PersonNote person={person} />
          <PersonDetails person={person} personalAgent={data.personalAgent} />
          <ContactPoints personId={person.id} points={data.contactPoints} />
          <MergedRecords
            merges={data.merges}
            focusMergeId={focusMergeId}
            onUndone={(merge) => setNotice(t('person.merged.undoneNotice', { name: merge.mergedName }))}
          />
        </div>
        <div className="person__column person__column--story">
          <PersonPromises promises={data.promises} cases={data.cases} />
          <PersonCases cases={data.cases} />
          <PersonHistory
            personName={person.name}
            events={data.timeline}
            cases={data.cases}
            busy={query.loading}
          />
        </div>
      </div>
    </section>
  );
}
