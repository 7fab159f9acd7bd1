import { useCallback, useRef, useState, type RefObject } from 'react';
import type { Draft, DraftMode } from '../../../../shared/domain';
import { useApi } from '../../../api/ApiProvider';
import type { RichTextEditorHandle } from '../../../editor/RichTextEditor';
import { useDraftAutosave } from './useDraftAutosave';

/** What the footer of one composer says: nothing, the draft is stored, or something went wrong. */
export type ComposerNotice = 'none' | 'draftSaved' | 'draftFailed' | 'empty' | 'sendFailed';

export interface ComposerMode {
  mode: DraftMode;
  editorRef: RefObject<RichTextEditorHandle | null>;
  initialState: string | null;
  onChange(state: string, text: string): void;
  /** Saves the note or sends the reply, with this mode's own editor content only. */
  send(): Promise<void>;
  sending: boolean;
  notice: ComposerNotice;
}

/**
 * One of the composer's two modes: its own editor, its own draft and its own send. The modes share
 * nothing, so a note's text can only ever reach notes.add and a reply's only replies.send.
 */
export function useComposerMode(caseId: string, mode: DraftMode, draft: Draft | null): ComposerMode {
  const client = useApi();
  const editorRef = useRef<RichTextEditorHandle>(null);
  const [notice, setNotice] = useState<ComposerNotice>('none');
  const [sending, setSending] = useState(false);
  const busy = useRef(false);
  const autosave = useDraftAutosave(caseId, mode, draft !== null, {
    onSaved: () => setNotice((n) => (n === 'none' || n === 'draftFailed' ? 'draftSaved' : n)),
    onDiscarded: () => setNotice((n) => (n === 'draftSaved' ? 'none' : n)),
    onError: () => setNotice('draftFailed'),
  });

  const onChange = useCallback(
    (state: string, text: string) => {
      setNotice('none');
      autosave.change({ content: state, text });
    },
    [autosave],
  );

  const send = useCallback(async () => {
    const editor = editorRef.current;
    if (!editor || busy.current) return;
    const { state, text } = editor.read();
    if (text.trim() === '') {
      setNotice('empty');
      return;
    }
    busy.current = true;
    setSending(true);
    // Nothing typed during the round trip may be lost with the sent text.
    editor.setEditable(false);
    const method = mode === 'note' ? 'notes.add' : 'replies.send';
    try {
      await client.call(method, { caseId, bodyText: text, bodyRich: state });
      editor.setEditable(true);
      editor.clear();
      setNotice('none');
      void autosave.discard();
    } catch {
      editor.setEditable(true);
      setNotice('sendFailed');
    } finally {
      busy.current = false;
      setSending(false);
      editor.focus();
    }
  }, [autosave, caseId, client, mode]);

  return { mode, editorRef, initialState: draft?.content ?? null, onChange, send, sending, notice };
}
