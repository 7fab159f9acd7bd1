import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonMerge, Result } from '../../../shared/api';
import { useNavigation } from '../../shell/Navigation';
import { REPEAT_THRESHOLD } from '../inbox/rowFacts';
import { MergeDialog } from './MergeDialog';
import { repeatSignalText } from './personText';

interface Props {
  data: Result<'people.get'>;
  /** What just happened (a merge, an undo), read out politely. */
  notice: string;
  onMerged(merge: PersonMerge): void;
  /** The heading takes focus when the view opens. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** Who this is: name and preferred name, how often they reached us lately, and the merge action. */
export function PersonHeader({ data, notice, onMerged, headingRef }: Props) {
  const { t } = useTranslation();
  const { navigate, back } = useNavigation();
  const { person, repeat } = data;
  const repeated = repeat.contacts7d >= REPEAT_THRESHOLD;

  return (
    <header className="person-header">
      <button type="button" className="button person-header__back" onClick={back}>
        <span aria-hidden="true">←</span> {t('person.back')}
      </button>
      <div className="person-header__who">
        <h1 ref={headingRef} tabIndex={-1} className="person-header__name">
          {person.name}
        </h1>
        {person.preferredName !== null && person.preferredName !== person.name && (
          <span className="person-header__goes-by">{t('person.goesBy', { name: person.preferredName })}</span>
        )}
      </div>
      <p className={repeated ? 'person-header__repeat badge badge--repeat' : 'person-header__repeat muted'}>
        {repeatSignalText(repeat, t)}
      </p>
      {person.mergedInto !== null && (
        <p className="person-header__merged-into">
          {t('person.merged.into')}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => person.mergedInto && navigate({ name: 'person', personId: person.mergedInto })}
          >
            {t('person.merged.openKept')}
          </button>
        </p>
      )}
      <div className="person-header__actions">
        <p role="status" aria-live="polite" className="person-header__notice">
          {notice}
        </p>
        {person.mergedInto === null && <MergeDialog keep={data} onMerged={onMerged} />}
      </div>
    </header>
  );
}
