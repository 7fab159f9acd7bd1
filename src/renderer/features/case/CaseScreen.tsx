import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { useKeyAction } from '../../keyboard/KeyboardProvider';
import { useNavigation } from '../../shell/Navigation';
import { useWorkspace } from '../../shell/WorkspaceContext';
import { useNow } from '../../ui/NowProvider';
import { rememberFinishedCase } from '../inbox/finishedCase';
import { LogContactDialog } from '../logContact/LogContactDialog';
import { PromiseDialog } from '../promises/PromiseDialog';
import { ActionButton } from './actions/ActionButton';
import { CaseActions } from './actions/CaseActions';
import { targetFromCase, type CaseActionKind } from './actions/caseTarget';
import { handoverBrief } from './brief/handoverBrief';
import { HandoverBrief } from './brief/HandoverBrief';
import { CaseFeed } from './CaseFeed';
import { CaseHeader } from './CaseHeader';
import { Composer } from './composer/Composer';
import './case.css';

/** Done with the case: the agent goes back to the inbox, to the case after this one. */
const finishing: ReadonlySet<CaseActionKind> = new Set(['closed', 'snooze']);

/**
 * One case: its header with the actions, the hand-over brief, and its whole history, newest last.
 * Esc goes back to the inbox.
 */
export function CaseScreen({ caseId, onBack }: { caseId: string; onBack(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { navigate } = useNavigation();
  const { locale } = useWorkspace();
  const now = useNow();
  const query = useQuery(
    'cases.get',
    { caseId },
    { refetchOn: ['case.changed', 'cases.invalidated'], caseId },
  );
  const data = query.data?.case.id === caseId ? query.data : undefined;
  const feedRef = useRef<HTMLDivElement>(null);
  const [dialog, setDialog] = useState<'logContact' | 'promise' | null>(null);

  useKeyAction('nav.back', onBack);
  useKeyAction('case.logContact', () => data && setDialog((open) => open ?? 'logContact'));
  useKeyAction('case.promise', () => data && setDialog((open) => open ?? 'promise'));

  // Opening a case reads it: mark it read once, when it first arrives unread (a later "Mark unread" sticks).
  const markedRead = useRef(false);
  const unreadOnArrival = data?.case.unread;
  useEffect(() => {
    if (unreadOnArrival === undefined || markedRead.current) return;
    markedRead.current = true;
    if (unreadOnArrival) {
      api.call('cases.markUnread', { caseId, unread: false }).catch(() => {
        // Not worth interrupting the agent: the row simply stays bold until the next open.
      });
    }
  }, [api, caseId, unreadOnArrival]);

  const brief = useMemo(() => (data ? handoverBrief(data, now) : null), [data, now]);

  const hasData = data !== undefined;
  useLayoutEffect(() => {
    if (hasData) feedRef.current?.focus({ preventScroll: true });
  }, [hasData]);

  if (!data || !brief) {
    return (
      <div className="case case--empty">
        {query.error ? (
          <p role="alert">
            {t('case.loadFailed')}{' '}
            <button type="button" className="button" onClick={onBack}>
              {t('case.back')}
            </button>
          </p>
        ) : (
          <p>{t('case.loading')}</p>
        )}
      </div>
    );
  }

  const fallbackFocus = () => feedRef.current;
  const onDone = (kind: CaseActionKind) => {
    if (!finishing.has(kind)) return;
    rememberFinishedCase(caseId);
    navigate({ name: 'inbox' });
  };

  return (
    <div className="case">
      <CaseHeader
        data={data}
        now={now}
        locale={locale}
        onBack={onBack}
        actions={
          <CaseActions
            target={targetFromCase(data)}
            label={t('caseActions.caseGroup')}
            onDone={onDone}
            fallbackFocus={fallbackFocus}
          >
            <ActionButton action="case.logContact" onClick={() => setDialog('logContact')}>
              {t('logContact.button')}
            </ActionButton>
            <ActionButton action="case.promise" onClick={() => setDialog('promise')}>
              {t('promises.make')}
            </ActionButton>
          </CaseActions>
        }
      />
      <HandoverBrief
        brief={brief}
        personName={data.person.name}
        now={now}
        locale={locale}
        fallbackFocus={fallbackFocus}
      />
      <CaseFeed data={data} busy={query.loading} feedRef={feedRef} />
      <Composer
        caseId={caseId}
        personName={data.person.name}
        channel={data.case.channel}
        onLeave={() => feedRef.current?.focus({ preventScroll: true })}
      />
      {dialog === 'logContact' && (
        <LogContactDialog
          caseId={caseId}
          personName={data.person.name}
          onClose={() => setDialog(null)}
          onLogged={() => setDialog(null)}
          fallbackFocus={fallbackFocus}
        />
      )}
      {dialog === 'promise' && (
        <PromiseDialog
          caseId={caseId}
          personName={data.person.name}
          personalAgentId={data.person.personalAgentId}
          onClose={() => setDialog(null)}
          onMade={() => setDialog(null)}
          fallbackFocus={fallbackFocus}
        />
      )}
    </div>
  );
}
