import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CasePromise } from '../../../shared/domain';
import { useApi } from '../../api/ApiProvider';
import { ActionDialog } from '../case/actions/ActionDialog';
import { useDialogCall } from '../case/actions/useDialogCall';

interface Props {
  promise: CasePromise;
  /** Keeping takes an optional note; cancelling needs the reason, for whoever reads the history later. */
  outcome: 'keep' | 'cancel';
  onClose(): void;
  fallbackFocus(): HTMLElement | null;
}

/** Closes an open promise as kept or cancelled (promises.keep / promises.cancel), with the agent's note. */
export function ResolvePromiseDialog({ promise, outcome, onClose, fallbackFocus }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const noteId = useId();
  const errorId = useId();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const { busy, error, run } = useDialogCall();
  // Once kept or cancelled, the promise and the button that opened this dialog leave the brief.
  const resolved = useRef(false);
  const keys = outcome === 'keep' ? 'promises.keepDialog' : 'promises.cancelDialog';

  const submit = () => {
    const text = note.trim();
    if (outcome === 'cancel' && text === '') {
      setMissing(true);
      noteRef.current?.focus();
      return;
    }
    const call =
      outcome === 'keep'
        ? api.call('promises.keep', { promiseId: promise.id, note: text })
        : api.call('promises.cancel', { promiseId: promise.id, note: text });
    const done = () => {
      resolved.current = true;
      onClose();
    };
    run(call, done);
  };

  return (
    <ActionDialog
      open
      title={t(`${keys}.title`)}
      description={t(`${keys}.intro`, { text: promise.text })}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t(`${keys}.submit`)}
      cancelLabel={outcome === 'cancel' ? t('promises.cancelDialog.back') : undefined}
      busy={busy}
      error={error}
      initialFocus={noteRef}
      fallbackFocus={fallbackFocus}
      focusAfterClose={() => (resolved.current ? fallbackFocus() : null)}
    >
      <div className="field">
        <label htmlFor={noteId}>{t(`${keys}.note`)}</label>
        <textarea
          ref={noteRef}
          id={noteId}
          value={note}
          maxLength={2000}
          aria-required={outcome === 'cancel' || undefined}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? errorId : undefined}
          onChange={(event) => {
            setNote(event.target.value);
            if (event.target.value.trim() !== '') setMissing(false);
          }}
        />
        {missing && (
          <p id={errorId} className="field__error" role="alert">
            {t('promises.cancelDialog.noteRequired')}
          </p>
        )}
      </div>
    </ActionDialog>
  );
}
