import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionId, Channel, Draft, DraftMode } from '../../../../shared/domain';
import { useApi } from '../../../api/ApiProvider';
import { displayKeys } from '../../../editor/shortcuts';
import { useKeyAction } from '../../../keyboard/KeyboardProvider';
import { defaultKeymap } from '../../../keyboard/keymap';
import { useWorkspace } from '../../../shell/WorkspaceContext';
import { ChannelIcon } from '../../../ui/ChannelIcon';
import { ComposerPanel } from './ComposerPanel';
import { INSERT_SAVED_REPLY_EVENT, savedReplyIdOf } from './savedReplyEvent';
import { useComposerMode } from './useComposerMode';
import './composer.css';

interface Props {
  caseId: string;
  personName: string;
  /** The case's channel: replies go out through it. */
  channel: Channel;
  /** Esc in an editor: where focus goes (the case history), the text staying in the editor. */
  onLeave(): void;
}

type Drafts = Record<DraftMode, Draft | null>;

const modes: readonly DraftMode[] = ['note', 'reply'];

/**
 * Under the case history: write an internal note or a reply to the customer. Two separate editors with
 * separate drafts, one shown at a time; `n` and `r` open them, Mod+Enter sends from the focused one.
 * Drafts of both are loaded before the editors start, so a restored draft is there from the first frame.
 */
export function Composer(props: Props) {
  const { t } = useTranslation();
  const client = useApi();
  const [drafts, setDrafts] = useState<{ caseId: string; drafts: Drafts } | null>(null);
  // `n` or `r` pressed the moment the case opened, before the drafts are in: honoured once they are.
  const [earlyOpen, setEarlyOpen] = useState<DraftMode | null>(null);
  useKeyAction('case.note', () => setEarlyOpen('note'));
  useKeyAction('case.reply', () => setEarlyOpen('reply'));

  useEffect(() => {
    let live = true;
    const load = (mode: DraftMode) =>
      client.call('drafts.load', { caseId: props.caseId, mode }).then(
        (result) => result.draft,
        // A draft that cannot be read must not keep the agent from writing.
        () => null,
      );
    void Promise.all([load('note'), load('reply')]).then(([note, reply]) => {
      if (live) setDrafts({ caseId: props.caseId, drafts: { note, reply } });
    });
    return () => {
      live = false;
    };
  }, [client, props.caseId]);

  if (drafts?.caseId !== props.caseId) {
    return (
      <section
        className="composer composer--loading"
        aria-label={t('editor.composer.label')}
        aria-busy="true"
      >
        <p>{t('editor.composer.loading')}</p>
      </section>
    );
  }
  return <ComposerBody key={props.caseId} {...props} drafts={drafts.drafts} openAtStart={earlyOpen} />;
}

/** The key chord an action has now (the agent may have remapped it), as this keyboard labels it. */
function useChordText(action: ActionId): string {
  const { prefs } = useWorkspace();
  const chord = prefs.keymap[action] ?? defaultKeymap[action][0] ?? '';
  return displayKeys(chord);
}

interface BodyProps extends Props {
  drafts: Drafts;
  /** A mode to show and focus at once (its key was pressed while the drafts loaded). */
  openAtStart: DraftMode | null;
}

function ComposerBody({ caseId, personName, channel, onLeave, drafts, openAtStart }: BodyProps) {
  const { t } = useTranslation();
  const { info, locale } = useWorkspace();
  const note = useComposerMode(caseId, 'note', drafts.note);
  const reply = useComposerMode(caseId, 'reply', drafts.reply);
  const byMode = { note, reply };
  const [mode, setMode] = useState<DraftMode>(
    () => openAtStart ?? (drafts.reply !== null && drafts.note === null ? 'reply' : 'note'),
  );
  const [focusRequest, setFocusRequest] = useState<{ mode: DraftMode } | null>(() =>
    openAtStart === null ? null : { mode: openAtStart },
  );
  const notePanelRef = useRef<HTMLDivElement>(null);
  const replyPanelRef = useRef<HTMLDivElement>(null);
  const ids = { note: useId(), reply: useId() };

  const colleagues = useMemo(() => info.agents.filter((agent) => agent.id !== info.me.id), [info]);
  // Replies in the agent's language first; a Swedish desk still has the odd English customer.
  const savedReplies = useMemo(
    () =>
      [...info.savedReplies].sort(
        (a, b) => Number(a.locale !== locale) - Number(b.locale !== locale) || a.title.localeCompare(b.title),
      ),
    [info, locale],
  );

  /** Shows a mode and puts the caret in its editor (after it is visible: a hidden editor takes no focus). */
  const open = (next: DraftMode) => {
    setMode(next);
    setFocusRequest({ mode: next });
  };
  useLayoutEffect(() => {
    if (focusRequest) byMode[focusRequest.mode].editorRef.current?.focus();
    // byMode holds refs; only a new request should move focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  useKeyAction('case.note', () => open('note'));
  useKeyAction('case.reply', () => open('reply'));
  // Send what is in the focused editor, and only that: a note is never sent because the reply tab was open.
  useKeyAction('composer.send', () => {
    const panels = { note: notePanelRef.current, reply: replyPanelRef.current };
    const focused = modes.find((m) => panels[m]?.contains(document.activeElement));
    if (focused) void byMode[focused].send();
  });

  useEffect(() => {
    const onInsert = (event: Event) => {
      const wanted = savedReplyIdOf(event);
      const chosen = info.savedReplies.find((r) => r.id === wanted);
      if (!chosen) return;
      reply.editorRef.current?.insertSavedReply(chosen);
      open('reply');
    };
    window.addEventListener(INSERT_SAVED_REPLY_EVENT, onInsert);
    return () => window.removeEventListener(INSERT_SAVED_REPLY_EVENT, onInsert);
  });

  const onTabKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = mode === 'note' ? 'reply' : 'note';
    setMode(next);
    document.getElementById(`${ids[next]}-tab`)?.focus();
  };

  const noteKey = useChordText('case.note');
  const replyKey = useChordText('case.reply');
  const sendKeys = useChordText('composer.send');
  const tabs: Record<DraftMode, { label: string; key: string }> = {
    note: { label: t('editor.composer.noteTab'), key: noteKey },
    reply: { label: t('editor.composer.replyTab'), key: replyKey },
  };

  return (
    <section className="composer" aria-label={t('editor.composer.label')}>
      <div
        role="tablist"
        aria-label={t('editor.composer.modes')}
        className="composer__tabs"
        onKeyDown={onTabKeyDown}
      >
        {modes.map((m) => (
          <button
            key={m}
            type="button"
            role="tab"
            id={`${ids[m]}-tab`}
            aria-selected={mode === m}
            aria-controls={`${ids[m]}-panel`}
            tabIndex={mode === m ? 0 : -1}
            className={`composer__tab composer__tab--${m}`}
            onClick={() => open(m)}
          >
            {tabs[m].label}
            <kbd aria-hidden="true">{tabs[m].key}</kbd>
          </button>
        ))}
      </div>
      <ComposerPanel
        composer={note}
        tabId={`${ids.note}-tab`}
        panelId={`${ids.note}-panel`}
        hidden={mode !== 'note'}
        name={t('editor.composer.noteName')}
        hint={
          <>
            <LockIcon />
            {t('editor.composer.noteHint')}
          </>
        }
        placeholder={t('editor.composer.notePlaceholder')}
        sendLabel={t('editor.composer.saveNote')}
        sendKeys={sendKeys}
        mentions={colleagues}
        panelRef={notePanelRef}
        onLeave={onLeave}
      />
      <ComposerPanel
        composer={reply}
        tabId={`${ids.reply}-tab`}
        panelId={`${ids.reply}-panel`}
        hidden={mode !== 'reply'}
        name={t('editor.composer.replyName')}
        hint={
          <>
            <ChannelIcon channel={channel} decorative />
            {t('editor.composer.replyHint', {
              name: personName,
              channel: t(`editor.composer.via.${channel}`),
            })}
          </>
        }
        placeholder={t('editor.composer.replyPlaceholder', { name: personName })}
        sendLabel={t('editor.composer.sendReply')}
        sendKeys={sendKeys}
        savedReplies={savedReplies}
        panelRef={replyPanelRef}
        onLeave={onLeave}
      />
    </section>
  );
}

function LockIcon() {
  return (
    <svg
      className="composer__lock"
      width="14"
      height="14"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="3" y="7" width="10" height="7" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
