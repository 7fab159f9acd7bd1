import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A dialog's one call to the desk: busy while it runs, and on failure the reason in words beside the
 * buttons (the dialog stays open, nothing typed is lost).
 */
export function useDialogCall() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = <T>(call: Promise<T>, done?: (value: T) => void) => {
    setBusy(true);
    setError(null);
    call.then(
      (value) => done?.(value),
      (reason: unknown) => {
        setBusy(false);
        setError(
          t('caseActions.failed', { message: reason instanceof Error ? reason.message : String(reason) }),
        );
      },
    );
  };
  return { busy, error, setError, run };
}
