import { useRef, type FormEvent, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { useTranslation } from 'react-i18next';
import './actions.css';

interface Props {
  open: boolean;
  /** The dialog's accessible name ("Snooze case", "Make a promise"). */
  title: string;
  description?: ReactNode;
  onClose(): void;
  /** Enter in a field, the submit button and Ctrl/Cmd+Enter anywhere in the dialog all land here. */
  onSubmit(): void;
  submitLabel: string;
  cancelLabel?: string;
  busy?: boolean;
  /** Why the last attempt failed, shown as an alert. */
  error?: string | null;
  /** What gets focus when the dialog opens (the first field by default). */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Where focus goes when the element that had it before the dialog is gone (a kept promise's button). */
  fallbackFocus?(): HTMLElement | null;
  /** Asked as the dialog closes: an element to focus instead of the one that opened it (null: no opinion). */
  focusAfterClose?(): HTMLElement | null;
  children: ReactNode;
}

/**
 * The frame of every case-action dialog: a modal Radix dialog named by its title, a form with one
 * primary action and Cancel. Single-letter shortcuts stop at the dialog's edge, so typing "e" on a
 * button in here never resolves the case behind it.
 */
export function ActionDialog({
  open,
  title,
  description,
  onClose,
  onSubmit,
  submitLabel,
  cancelLabel,
  busy = false,
  error = null,
  initialFocus,
  fallbackFocus,
  focusAfterClose,
  children,
}: Props) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const openedFrom = useRef<Element | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
    // The app's shortcuts listen on the document; keys typed in a dialog belong to the dialog.
    if (event.key !== 'Escape') event.stopPropagation();
  };

  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog"
          // Radix links a Description itself; without one it wants to be told there is none.
          {...(description ? {} : { 'aria-describedby': undefined })}
          onKeyDown={onKeyDown}
          onOpenAutoFocus={(event) => {
            openedFrom.current = document.activeElement;
            if (initialFocus?.current) {
              event.preventDefault();
              initialFocus.current.focus();
            }
          }}
          onCloseAutoFocus={(event) => {
            // Radix would focus a Dialog.Trigger, and there is none when a key opened the dialog.
            event.preventDefault();
            const chosen = focusAfterClose?.();
            const before = openedFrom.current;
            if (chosen) chosen.focus();
            else if (before instanceof HTMLElement && before.isConnected && before !== document.body)
              before.focus();
            else fallbackFocus?.()?.focus();
          }}
        >
          <Dialog.Title className="dialog__title">{title}</Dialog.Title>
          {description && (
            <Dialog.Description className="dialog__description">{description}</Dialog.Description>
          )}
          <form ref={formRef} className="dialog__form" onSubmit={submit} noValidate>
            {children}
            {error && (
              <p className="dialog__error" role="alert">
                {error}
              </p>
            )}
            <div className="dialog__buttons">
              <Dialog.Close asChild>
                <button type="button" className="button">
                  {cancelLabel ?? t('caseActions.cancel')}
                </button>
              </Dialog.Close>
              <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
                {submitLabel}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
