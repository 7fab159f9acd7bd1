import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Priority } from '../../../../shared/domain';
import { useApi } from '../../../api/ApiProvider';
import { useKeyAction } from '../../../keyboard/KeyboardProvider';
import { useWorkspace } from '../../../shell/WorkspaceContext';
import { ActionButton } from './ActionButton';
import { AssignDialog } from './AssignDialog';
import { resolveTo, waitingTo, type CaseActionKind, type CaseTarget } from './caseTarget';
import { formatChoiceTime } from './formatChoice';
import { MoreActionsMenu } from './MoreActionsMenu';
import { SnoozeDialog } from './SnoozeDialog';
import './actions.css';

interface Props {
  /** The case the actions apply to; null while nothing is selected (an empty view). */
  target: CaseTarget | null;
  /** The button group's accessible name. */
  label: string;
  /** After an action succeeded: the screen decides where the agent goes next. */
  onDone(kind: CaseActionKind, target: CaseTarget): void;
  /** Where focus goes after a dialog closes when the element it came from is gone. */
  fallbackFocus(): HTMLElement | null;
  /** More buttons for this screen (the case adds Log contact and Promise). */
  children?: ReactNode;
}

/** The open dialog and the case it was opened for (the selected row may change under it). */
type Open = { dialog: 'assign' | 'snooze'; target: CaseTarget } | null;

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Triage by key or by mouse: `a` assign, `e` resolve, `s` snooze, `u` waiting, and a menu with priority
 * and unread. Used twice: in the case header, and above the inbox for the selected row (like a mail
 * client). Says what it did in a polite live region, so a screen reader hears it and the eye sees it.
 */
export function CaseActions({ target, label, onDone, fallbackFocus, children }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const { info, locale } = useWorkspace();
  const [open, setOpen] = useState<Open>(null);
  const [said, setSaid] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const busy = useRef(false);

  const what = (c: CaseTarget) => `${c.personName} — ${c.subject}`;
  const agentName = (id: string) => info.agents.find((agent) => agent.id === id)?.name ?? '';

  /** One command at a time: a second `e` before the list refreshed must not act on the same row again. */
  const run = async (kind: CaseActionKind, c: CaseTarget, call: () => Promise<unknown>, done: string) => {
    if (busy.current) return;
    busy.current = true;
    setFailure(null);
    try {
      await call();
      setSaid(done);
      onDone(kind, c);
    } finally {
      busy.current = false;
    }
  };
  /** For actions without a dialog: a failure is shown beside the buttons. */
  const runDirect = (kind: CaseActionKind, c: CaseTarget, call: () => Promise<unknown>, done: string) => {
    run(kind, c, call, done).catch((error: unknown) =>
      setFailure(t('caseActions.failed', { message: reason(error) })),
    );
  };

  const setStatus = (c: CaseTarget, status: 'open' | 'waiting' | 'closed') =>
    runDirect(
      status,
      c,
      () => api.call('cases.setStatus', { caseId: c.caseId, status }),
      t(`caseActions.done.${status}`, { what: what(c) }),
    );
  const setPriority = (c: CaseTarget, priority: Priority) =>
    runDirect(
      'priority',
      c,
      () => api.call('cases.setPriority', { caseId: c.caseId, priority }),
      t('caseActions.done.priority', { what: what(c), priority: t(`priority.${priority}`) }),
    );
  const markUnread = (c: CaseTarget, unread: boolean) =>
    runDirect(
      'unread',
      c,
      () => api.call('cases.markUnread', { caseId: c.caseId, unread }),
      t(unread ? 'caseActions.done.unread' : 'caseActions.done.read', { what: what(c) }),
    );

  // Keys and buttons act on the case shown, and not while one of this bar's dialogs is open.
  const openAssign = () => {
    if (target && open === null) setOpen({ dialog: 'assign', target });
  };
  const resolve = () => {
    if (target && open === null) setStatus(target, resolveTo(target.status));
  };
  const openSnooze = () => {
    if (target && open === null) setOpen({ dialog: 'snooze', target });
  };
  const toggleWaiting = () => {
    if (target && open === null) setStatus(target, waitingTo(target.status));
  };
  useKeyAction('case.assign', openAssign);
  useKeyAction('case.resolve', resolve);
  useKeyAction('case.snooze', openSnooze);
  useKeyAction('case.markWaiting', toggleWaiting);

  const disabled = target === null;
  return (
    <div className="case-actions" role="group" aria-label={label}>
      <ActionButton action="case.assign" onClick={openAssign} disabled={disabled}>
        {t('caseActions.assign')}
      </ActionButton>
      <ActionButton action="case.resolve" onClick={resolve} disabled={disabled}>
        {t(target?.status === 'closed' ? 'caseActions.reopen' : 'caseActions.resolve')}
      </ActionButton>
      <ActionButton action="case.snooze" onClick={openSnooze} disabled={disabled}>
        {t('caseActions.snooze')}
      </ActionButton>
      <ActionButton action="case.markWaiting" onClick={toggleWaiting} disabled={disabled}>
        {t(target?.status === 'waiting' ? 'caseActions.markOpen' : 'caseActions.markWaiting')}
      </ActionButton>
      {children}
      <MoreActionsMenu
        target={target}
        onPriority={(priority) => target && setPriority(target, priority)}
        onMarkUnread={(unread) => target && markUnread(target, unread)}
      />
      <p className="case-actions__status" aria-live="polite">
        {said}
      </p>
      {failure && (
        <p className="case-actions__error" role="alert">
          {failure}
        </p>
      )}
      {open?.dialog === 'assign' && (
        <AssignDialog
          target={open.target}
          onClose={() => setOpen(null)}
          fallbackFocus={fallbackFocus}
          onAssign={async (assigneeId, handoverNote) => {
            const { target } = open;
            const done =
              assigneeId === null
                ? t('caseActions.done.unassigned', { what: what(target) })
                : assigneeId === info.me.id
                  ? t('caseActions.done.assignedToMe', { what: what(target) })
                  : t('caseActions.done.handedOver', { what: what(target), name: agentName(assigneeId) });
            await run(
              'assign',
              target,
              () => api.call('cases.assign', { caseId: target.caseId, assigneeId, handoverNote }),
              done,
            );
            setOpen(null);
          }}
        />
      )}
      {open?.dialog === 'snooze' && (
        <SnoozeDialog
          target={open.target}
          onClose={() => setOpen(null)}
          fallbackFocus={fallbackFocus}
          onSnooze={async (until) => {
            const { target } = open;
            await run(
              'snooze',
              target,
              () => api.call('cases.snooze', { caseId: target.caseId, until }),
              t('caseActions.done.snoozed', { what: what(target), when: formatChoiceTime(until, locale) }),
            );
            setOpen(null);
          }}
        />
      )}
    </div>
  );
}
