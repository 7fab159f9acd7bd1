import { useId, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agent, SavedReply } from '../../../../shared/domain';
import { RichTextEditor } from '../../../editor/RichTextEditor';
import type { ComposerMode } from './useComposerMode';

interface Props {
  composer: ComposerMode;
  /** Id of the tab that names this panel. */
  tabId: string;
  panelId: string;
  hidden: boolean;
  /** The textbox's accessible name: "Internal note" or "Reply to customer". */
  name: string;
  /** The line above the text that says who will read it. */
  hint: ReactNode;
  placeholder: string;
  sendLabel: string;
  sendKeys: string;
  mentions?: readonly Agent[];
  savedReplies?: readonly SavedReply[];
  panelRef: RefObject<HTMLDivElement | null>;
  onLeave(): void;
}

/** One mode of the composer: who reads it, the editor, and its own send button. */
export function ComposerPanel({
  composer,
  tabId,
  panelId,
  hidden,
  name,
  hint,
  placeholder,
  sendLabel,
  sendKeys,
  mentions,
  savedReplies,
  panelRef,
  onLeave,
}: Props) {
  const { t } = useTranslation();
  const hintId = useId();
  const { mode, notice, sending } = composer;
  const failed = notice === 'sendFailed' ? t(`editor.composer.${mode}Failed`) : null;

  return (
    <div
      ref={panelRef}
      role="tabpanel"
      id={panelId}
      aria-labelledby={tabId}
      hidden={hidden}
      className={`composer__panel composer__panel--${mode}`}
    >
      <p id={hintId} className={`composer__hint composer__hint--${mode}`}>
        {hint}
      </p>
      <RichTextEditor
        label={name}
        initialState={composer.initialState}
        onChange={composer.onChange}
        placeholder={placeholder}
        variant={mode}
        editorRef={composer.editorRef}
        mentions={mentions}
        savedReplies={savedReplies}
        onEscape={onLeave}
        describedBy={hintId}
      />
      <div className="composer__footer">
        <span className="composer__status">
          {notice === 'draftSaved' && t('editor.composer.draftSaved')}
          {notice === 'draftFailed' && t('editor.composer.draftFailed')}
        </span>
        {notice === 'empty' && (
          <span role="alert" className="composer__problem">
            {t('editor.composer.empty')}
          </span>
        )}
        {failed && (
          <span role="alert" className="composer__problem">
            {failed}
          </span>
        )}
        <span className="composer__keys" aria-hidden="true">
          {t('editor.composer.sendKeys', { keys: sendKeys })}
        </span>
        <button
          type="button"
          className={`button composer__send composer__send--${mode}`}
          disabled={sending}
          onClick={() => void composer.send()}
        >
          {sending ? t('editor.composer.sending') : sendLabel}
        </button>
      </div>
    </div>
  );
}
