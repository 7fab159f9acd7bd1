import { useEffect, useState } from 'react';
import type { DraftMode } from '../../../../shared/domain';
import { useApi } from '../../../api/ApiProvider';
import { DraftAutosave, type DraftAutosaveOptions } from './draftAutosave';

type Callbacks = Pick<DraftAutosaveOptions, 'onSaved' | 'onDiscarded' | 'onError'>;

/**
 * The autosave of one composer's draft (per case and mode; core keys drafts per agent too). What
 * waits is written when the composer goes away (another case, another screen) and when the page
 * is hidden or closed.
 */
export function useDraftAutosave(
  caseId: string,
  mode: DraftMode,
  stored: boolean,
  callbacks: Callbacks,
): DraftAutosave {
  const client = useApi();
  const [autosave] = useState(
    () =>
      new DraftAutosave(
        {
          save: (draft) =>
            client.call('drafts.save', { caseId, mode, content: draft.content, text: draft.text }),
          discard: () => client.call('drafts.discard', { caseId, mode }),
        },
        {
          stored,
          onSaved: () => callbacks.onSaved?.(),
          onDiscarded: () => callbacks.onDiscarded?.(),
          onError: (error) => callbacks.onError?.(error),
        },
      ),
  );

  useEffect(() => {
    const flush = () => void autosave.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [autosave]);

  return autosave;
}
