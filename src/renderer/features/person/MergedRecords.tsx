import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonMerge } from '../../../shared/api';
import { useApi } from '../../api/ApiProvider';
import { formatDateTime } from '../../i18n/format';
import { useWorkspace } from '../../shell/WorkspaceContext';
import { useNow } from '../../ui/NowProvider';

interface Props {
  merges: readonly PersonMerge[];
  /** A merge just made here: its "Undo merge" button takes focus as soon as it is shown. */
  focusMergeId: string | null;
  onUndone(merge: PersonMerge): void;
}

/** Duplicates merged into this person, compactly, each with "Undo merge" until it is undone. */
export function MergedRecords({ merges, focusMergeId, onUndone }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const { agentsById, locale } = useWorkspace();
  const now = useNow();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const undoRefs = useRef(new Map<string, HTMLButtonElement>());
  const refocusHeading = useRef(false);
  const focused = useRef<string | null>(null);

  useEffect(() => {
    // Once only: a later refetch must not pull focus back from wherever the agent went.
    const button = focusMergeId === null ? undefined : undoRefs.current.get(focusMergeId);
    if (!button || focused.current === focusMergeId) return;
    focused.current = focusMergeId;
    button.focus();
  }, [focusMergeId, merges]);
  useEffect(() => {
    // After an undo its button is gone; the section heading keeps focus nearby.
    if (refocusHeading.current) headingRef.current?.focus();
    refocusHeading.current = false;
  });

  if (merges.length === 0) return null;

  const undo = async (merge: PersonMerge) => {
    setBusyId(merge.id);
    setError(null);
    try {
      await api.call('people.unmerge', { mergeId: merge.id });
      refocusHeading.current = true;
      onUndone(merge);
    } catch (failure) {
      setError(t('person.merged.undoFailed', { message: failure instanceof Error ? failure.message : '' }));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <section className="person-section">
      <h2 ref={headingRef} tabIndex={-1} className="person-section__heading">
        {t('person.merged.heading')}
      </h2>
      <ul className="person-merges">
        {merges.map((merge) => (
          <li key={merge.id} className={merge.undoneAt === null ? undefined : 'muted'}>
            <span>
              {t('person.merged.item', {
                name: merge.mergedName,
                when: formatDateTime(merge.at, now, locale),
                who: agentsById.get(merge.byId)?.name ?? t('timeline.unknownAgent'),
              })}
              {merge.undoneAt !== null &&
                ` — ${t('person.merged.undone', { when: formatDateTime(merge.undoneAt, now, locale) })}`}
            </span>
            {merge.undoneAt === null && (
              <button
                ref={(button) => {
                  if (button) undoRefs.current.set(merge.id, button);
                  else undoRefs.current.delete(merge.id);
                }}
                type="button"
                className="button button--small"
                aria-label={t('person.merged.undoLabel', { name: merge.mergedName })}
                aria-disabled={busyId === merge.id}
                onClick={() => {
                  if (busyId === null) void undo(merge);
                }}
              >
                {t('person.merged.undo')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {error !== null && (
        <p role="alert" className="person-error">
          {error}
        </p>
      )}
    </section>
  );
}
