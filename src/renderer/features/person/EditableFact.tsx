import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  /** What is shown while not editing. */
  value: ReactNode;
  /** The "Change …" button's accessible name. */
  changeLabel: string;
  /** The field(s) of the form; the first focusable one gets focus when editing starts. */
  renderEditor(inputId: string): ReactNode;
  /** Saves; resolves to an error message to show, or null when done. */
  onSave(): Promise<string | null>;
  /** Called when editing starts, to fill the fields from the current value. */
  onStart(): void;
}

/**
 * One fact about the person (a term and its value) with a "Change" button that turns it into a small
 * form. Enter saves, Esc cancels; either way focus returns to the "Change" button.
 */
export function EditableFact({ label, value, changeLabel, renderEditor, onSave, onStart }: Props) {
  const { t } = useTranslation();
  const inputId = useId();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const returnFocus = useRef(false);

  useLayoutEffect(() => {
    if (editing) formRef.current?.querySelector<HTMLElement>('input, select')?.focus();
    else if (returnFocus.current) changeRef.current?.focus();
    returnFocus.current = false;
  }, [editing]);

  const stop = () => {
    returnFocus.current = true;
    setEditing(false);
    setError(null);
  };

  if (!editing) {
    return (
      <div className="person-fact">
        <dt>{label}</dt>
        <dd>
          <span className="person-fact__value">{value}</span>
          <button
            ref={changeRef}
            type="button"
            className="button button--small"
            aria-label={changeLabel}
            onClick={() => {
              onStart();
              setEditing(true);
            }}
          >
            {t('person.change')}
          </button>
        </dd>
      </div>
    );
  }

  return (
    <div className="person-fact person-fact--editing">
      <dt>
        <label htmlFor={inputId}>{label}</label>
      </dt>
      <dd>
        <form
          ref={formRef}
          className="person-fact__form"
          aria-label={changeLabel}
          onSubmit={(event) => {
            event.preventDefault();
            if (busy) return;
            setBusy(true);
            void onSave().then((failure) => {
              setBusy(false);
              if (failure === null) stop();
              else setError(failure);
            });
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              // Esc cancels this edit only; it must not also leave the person view.
              event.preventDefault();
              stop();
            } else if (event.key === 'Enter' && event.target instanceof HTMLSelectElement) {
              // A list box does not submit its form on Enter by itself; here Enter means "save" everywhere.
              event.preventDefault();
              event.currentTarget.requestSubmit();
            }
          }}
        >
          {renderEditor(inputId)}
          <button type="submit" className="button button--primary button--small" aria-disabled={busy}>
            {t('person.save')}
          </button>
          <button type="button" className="button button--small" onClick={stop}>
            {t('person.cancel')}
          </button>
          {error !== null && (
            <p role="alert" className="person-error">
              {error}
            </p>
          )}
        </form>
      </dd>
    </div>
  );
}
