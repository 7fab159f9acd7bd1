import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain';
import { useApi } from '../../api/ApiProvider';
import { RichTextEditor } from '../../editor/RichTextEditor';
import { NoteSaver, type NoteSaveStatus, type SavedNote } from './noteSaver';

/** PRODUCT.md: saved at most 300 ms after the last keystroke. */
const SAVE_DELAY_MS = 300;

/**
 * "What matters to them": the person note every agent sees, saved as the agent types and on leaving.
 * The editor is loaded once; later loads of the person replace it only when nothing here is unsaved.
 */
export function PersonNote({ person }: { person: Person }) {
  const { t } = useTranslation();
  const api = useApi();
  const [status, setStatus] = useState<NoteSaveStatus>('idle');
  // The editor starts from this state; a new generation remounts it with the store's note.
  const [loaded, setLoaded] = useState({ rich: person.noteRich, generation: 0 });
  const [saver] = useState(
    () =>
      new NoteSaver({
        delayMs: SAVE_DELAY_MS,
        baseText: person.noteText,
        save: async (content, baseNoteText) => {
          const { person: stored } = await api.call('people.setNote', {
            personId: person.id,
            noteRich: content.rich,
            noteText: content.text,
            baseNoteText,
          });
          return { rich: stored.noteRich, text: stored.noteText };
        },
        onStatus: setStatus,
        onReplaced: (note: SavedNote) =>
          setLoaded((l) => ({ rich: note.rich, generation: l.generation + 1 })),
        setTimer: (run, ms) => window.setTimeout(run, ms),
        clearTimer: (handle) => window.clearTimeout(handle as number),
      }),
  );

  // Leaving the screen (Esc, a click elsewhere, closing the window) saves what is still waiting.
  useEffect(() => {
    const onHide = () => void saver.flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void saver.flush();
    };
  }, [saver]);

  // Someone else changed the note: show their version unless this agent is in the middle of editing.
  useEffect(() => {
    saver.storeChanged({ rich: person.noteRich, text: person.noteText }, editorHasFocus());
  }, [person.noteText, person.noteRich, saver]);

  return (
    <section className="person-section person-note">
      <div className="person-section__title">
        <h2>{t('person.note')}</h2>
        <p role="status" aria-live="polite" className="person-note__status">
          {status === 'idle' ? '' : t(`person.noteStatus.${status}`)}
          {status === 'failed' && (
            <button type="button" className="button button--small" onClick={() => void saver.flush()}>
              {t('person.retry')}
            </button>
          )}
        </p>
      </div>
      <RichTextEditor
        key={loaded.generation}
        label={t('person.note')}
        initialState={loaded.rich}
        onChange={(state, text) => saver.change({ rich: state, text })}
        placeholder={t('person.notePlaceholder')}
        variant="person"
      />
    </section>
  );
}

function editorHasFocus(): boolean {
  return document.activeElement?.closest('.person-note') != null;
}
