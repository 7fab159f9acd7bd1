import * as Dialog from '@radix-ui/react-dialog';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonMerge, Result } from '../../../shared/api';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { MergeComparison } from './MergeComparison';
import { MergeSearch } from './MergeSearch';
import './mergeDialog.css';

type PersonDetail = Result<'people.get'>;

interface Props {
  keep: PersonDetail;
  /** After a merge; the dialog is closed and focus is the caller's to place. */
  onMerged(merge: PersonMerge): void;
}

/** "Merge duplicate…": find the other record, compare the two side by side, confirm. */
export function MergeDialog({ keep, onMerged }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const merged = useRef(false);

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (next) merged.current = false;
        setOpen(next);
      }}
    >
      <Dialog.Trigger asChild>
        <button type="button" className="button">
          {t('person.mergeDuplicate')}
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="person-dialog-overlay" />
        <Dialog.Content
          className="person-dialog"
          onCloseAutoFocus={(event) => {
            // After a merge, focus goes to its "Undo merge" button instead of back to the trigger.
            if (merged.current) event.preventDefault();
          }}
        >
          <Dialog.Title className="person-dialog__title">{t('person.merge.title')}</Dialog.Title>
          <Dialog.Description className="person-dialog__description">
            {t('person.merge.description', { name: keep.person.name })}
          </Dialog.Description>
          <MergeForm
            keep={keep}
            onMerged={(merge) => {
              merged.current = true;
              setOpen(false);
              onMerged(merge);
            }}
          />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function MergeForm({ keep, onMerged }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const merge = async (mergeId: string) => {
    setBusy(true);
    setError(null);
    try {
      const result = await api.call('people.merge', { keepId: keep.person.id, mergeId });
      onMerged(result.merge);
    } catch (failure) {
      setError(t('person.merge.failed', { message: failure instanceof Error ? failure.message : '' }));
      setBusy(false);
    }
  };

  const cancel = (
    <Dialog.Close asChild>
      <button type="button" className="button">
        {t('person.cancel')}
      </button>
    </Dialog.Close>
  );
  const failure = error !== null && (
    <p role="alert" className="person-error">
      {error}
    </p>
  );

  return (
    <>
      <MergeSearch
        keepId={keep.person.id}
        chosenId={chosenId}
        onChoose={(hit) => {
          setChosenId(hit.id);
          setError(null);
        }}
      />
      {chosenId === null ? (
        <div className="person-dialog__actions">{cancel}</div>
      ) : (
        <Candidate key={chosenId} keep={keep} candidateId={chosenId} busy={busy} onConfirm={merge}>
          {failure}
          {cancel}
        </Candidate>
      )}
    </>
  );
}

interface CandidateProps {
  keep: PersonDetail;
  candidateId: string;
  busy: boolean;
  onConfirm(mergeId: string): void;
  /** What goes before the merge button: an error, if any, and Cancel. */
  children: ReactNode;
}

/** The chosen duplicate beside the kept record, and the button that merges them. */
function Candidate({ keep, candidateId, busy, onConfirm, children }: CandidateProps) {
  const { t } = useTranslation();
  const query = useQuery('people.get', { personId: candidateId });
  const duplicate = query.data?.person.id === candidateId ? query.data : undefined;
  const confirmRef = useRef<HTMLButtonElement>(null);

  // Choosing a candidate moves on to the decision; Shift+Tab goes back to choose another.
  const loaded = duplicate !== undefined;
  useLayoutEffect(() => {
    if (loaded) confirmRef.current?.focus();
  }, [loaded]);

  return (
    <>
      {duplicate ? (
        <MergeComparison keep={keep} duplicate={duplicate} />
      ) : (
        <p className="muted">{query.error ? query.error.message : t('person.merge.loadingCandidate')}</p>
      )}
      <div className="person-dialog__actions">
        {children}
        {duplicate && (
          <button
            ref={confirmRef}
            type="button"
            className="button button--primary"
            aria-disabled={busy}
            onClick={() => {
              if (!busy) onConfirm(candidateId);
            }}
          >
            {busy ? t('person.merge.working') : t('person.merge.confirm', { name: keep.person.name })}
          </button>
        )}
      </div>
    </>
  );
}
