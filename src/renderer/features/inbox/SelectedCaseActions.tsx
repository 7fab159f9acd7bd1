import { memo, useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxRow } from '../../../shared/domain';
import { CaseActions } from '../case/actions/CaseActions';
import { targetFromRow } from '../case/actions/caseTarget';
import type { InboxSelection } from './inboxSelection';
import { useSelectedIndex } from './inboxSelection';
import type { PageCache } from './pageCache';
import { useFollowSelection } from './useFollowSelection';

interface Props {
  cache: PageCache<InboxRow>;
  selection: InboxSelection;
  /** The listbox, where focus goes back after a dialog when the element it came from is gone. */
  listRef: RefObject<HTMLDivElement | null>;
}

/**
 * The actions for the selected row (triage from the list, like a mail client). It reads the selection
 * itself, so the inbox screen around it does not re-render when the selection moves; after an action the
 * selection moves on to the next case once the list has refreshed.
 */
export const SelectedCaseActions = memo(function SelectedCaseActions({ cache, selection, listRef }: Props) {
  const { t } = useTranslation();
  const selected = useSelectedIndex(selection, cache.total);
  const advanceAfter = useFollowSelection(cache, selected, selection.set);
  const selectedRow = cache.get(selected);
  const target = useMemo(() => (selectedRow ? targetFromRow(selectedRow) : null), [selectedRow]);

  return (
    <CaseActions
      target={target}
      label={t('caseActions.inboxGroup')}
      fallbackFocus={() => listRef.current}
      onDone={(_kind, acted) => {
        advanceAfter(acted.caseId);
        cache.refresh();
      }}
    />
  );
});
