import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../../shell/WorkspaceContext';
import { ActionDialog } from './ActionDialog';
import { agentChoices, choiceKey, needsHandoverNote, type AgentChoice } from './agentChoices';
import type { CaseTarget } from './caseTarget';
import { useDialogCall } from './useDialogCall';

interface Props {
  target: CaseTarget;
  onClose(): void;
  /** Resolves when assigned; rejects with the reason to show. */
  onAssign(assigneeId: string | null, handoverNote: string): Promise<void>;
  fallbackFocus(): HTMLElement | null;
}

/**
 * `a`: take the case, hand it to a colleague, or unassign it. The colleague list filters as you type
 * (arrows move, Enter picks). Handing over to someone else asks for a note and says why: the next agent
 * must not start from zero, and the person must not have to tell their story again.
 */
export function AssignDialog({ target, onClose, onAssign, fallbackFocus }: Props) {
  const { t } = useTranslation();
  const { info } = useWorkspace();
  const ids = { input: useId(), list: useId(), note: useId(), why: useId(), noteError: useId() };
  const inputRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [picked, setPicked] = useState<AgentChoice | null>(null);
  const [note, setNote] = useState('');
  const { busy, error, setError, run } = useDialogCall();
  const [noteMissing, setNoteMissing] = useState(false);

  // Cases stay in their team (core and the hub refuse anything else), so only colleagues are offered.
  const colleagues = useMemo(
    () => info.agents.filter((a) => a.teamId === info.me.teamId),
    [info.agents, info.me.teamId],
  );
  const choices = useMemo(
    () => agentChoices(colleagues, info.me.id, target.assigneeId, query),
    [colleagues, info.me.id, target.assigneeId, query],
  );
  const activeIndex = Math.min(active, Math.max(choices.length - 1, 0));
  const current = target.assigneeId === null ? null : info.agents.find((a) => a.id === target.assigneeId);
  const handingOverTo = picked && needsHandoverNote(picked) && picked.kind === 'agent' ? picked.agent : null;

  const assign = (choice: AgentChoice, handoverNote: string) => {
    if (needsHandoverNote(choice) && handoverNote.trim() === '') {
      setNoteMissing(true);
      noteRef.current?.focus();
      return;
    }
    run(onAssign(choice.kind === 'nobody' ? null : choice.agent.id, handoverNote.trim()));
  };

  /** Taking it myself or unassigning needs nothing more; a colleague needs the note first. */
  const pick = (choice: AgentChoice | undefined) => {
    if (!choice) return;
    setPicked(choice);
    if (needsHandoverNote(choice)) {
      setNoteMissing(false);
      // The note field appears with this render; focus it once it is there.
      requestAnimationFrame(() => noteRef.current?.focus());
    } else {
      assign(choice, '');
    }
  };

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    const step = moves[event.key];
    if (step !== undefined && choices.length > 0) {
      event.preventDefault();
      setActive((activeIndex + step + choices.length) % choices.length);
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      pick(choices[activeIndex]);
    }
  };

  const submit = () => {
    const choice = picked ?? choices[activeIndex];
    if (!choice) {
      setError(t('caseActions.assignDialog.pickSomeone'));
      inputRef.current?.focus();
      return;
    }
    assign(choice, note);
  };

  const choiceLabel = (choice: AgentChoice) =>
    choice.kind === 'me'
      ? t('caseActions.assignDialog.me')
      : choice.kind === 'nobody'
        ? t('caseActions.assignDialog.nobody')
        : choice.agent.name;

  return (
    <ActionDialog
      open
      title={t('caseActions.assignDialog.title')}
      description={
        current?.id === info.me.id
          ? t('caseActions.assignDialog.currentMine', { subject: target.subject })
          : current
            ? t('caseActions.assignDialog.current', { name: current.name, subject: target.subject })
            : t('caseActions.assignDialog.currentNone', { subject: target.subject })
      }
      onClose={onClose}
      onSubmit={submit}
      submitLabel={
        handingOverTo
          ? t('caseActions.assignDialog.submitHandOver', { name: handingOverTo.name })
          : t('caseActions.assignDialog.submit')
      }
      busy={busy}
      error={error}
      initialFocus={inputRef}
      fallbackFocus={fallbackFocus}
    >
      <div className="field">
        <label htmlFor={ids.input}>{t('caseActions.assignDialog.find')}</label>
        <input
          ref={inputRef}
          id={ids.input}
          type="text"
          role="combobox"
          aria-expanded={choices.length > 0}
          aria-controls={ids.list}
          aria-autocomplete="list"
          aria-activedescendant={choices.length > 0 ? `${ids.list}-${activeIndex}` : undefined}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setPicked(null);
          }}
          onKeyDown={onInputKeyDown}
        />
      </div>
      {choices.length > 0 ? (
        <ul
          id={ids.list}
          className="agent-list"
          role="listbox"
          aria-label={t('caseActions.assignDialog.choices')}
        >
          {choices.map((choice, i) => (
            <li
              key={choiceKey(choice)}
              id={`${ids.list}-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              className={
                picked && choiceKey(picked) === choiceKey(choice)
                  ? 'agent-option agent-option--picked'
                  : 'agent-option'
              }
              // The click must not take focus from the search field: the keyboard keeps working there.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                setActive(i);
                pick(choice);
              }}
            >
              <span>{choiceLabel(choice)}</span>
              {choice.kind === 'me' && <span className="agent-option__detail">{choice.agent.name}</span>}
              {choice.kind === 'agent' && <span className="agent-option__detail">{choice.agent.email}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="agent-list__empty">{t('caseActions.assignDialog.noMatch', { query })}</p>
      )}
      {handingOverTo && (
        <div className="field">
          <p id={ids.why} className="handover-why">
            {t('caseActions.assignDialog.why', { name: handingOverTo.name })}
          </p>
          <label htmlFor={ids.note}>{t('caseActions.assignDialog.note')}</label>
          <textarea
            ref={noteRef}
            id={ids.note}
            aria-describedby={noteMissing ? `${ids.why} ${ids.noteError}` : ids.why}
            aria-required="true"
            aria-invalid={noteMissing || undefined}
            value={note}
            maxLength={2000}
            placeholder={t('caseActions.assignDialog.notePlaceholder')}
            onChange={(event) => {
              setNote(event.target.value);
              if (event.target.value.trim() !== '') setNoteMissing(false);
            }}
          />
          {noteMissing && (
            <p id={ids.noteError} className="field__error" role="alert">
              {t('caseActions.assignDialog.noteRequired')}
            </p>
          )}
        </div>
      )}
    </ActionDialog>
  );
}
