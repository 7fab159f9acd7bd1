import { useCallback, useState } from 'react';
import type { InboxRow } from '../shared/domain';
import { useApi } from './api/ApiProvider';
import { CaseScreen } from './features/case/CaseScreen';
import { InboxScreen } from './features/inbox/InboxScreen';
import { InboxMemory, initialInboxPlace } from './features/inbox/inboxPlace';
import { useKeyAction } from './keyboard/KeyboardProvider';
import { AppShell } from './shell/AppShell';

type Screen = { name: 'inbox' } | { name: 'case'; caseId: string };

/** The screens and the way between them. The inbox place survives a visit to a case. */
export function App() {
  const api = useApi();
  const [screen, setScreen] = useState<Screen>({ name: 'inbox' });
  const [place, setPlace] = useState(initialInboxPlace);
  const [memory] = useState(() => new InboxMemory(api));

  const openCase = useCallback((row: InboxRow) => setScreen({ name: 'case', caseId: row.id }), []);
  const backToInbox = useCallback(() => setScreen({ name: 'inbox' }), []);
  useKeyAction('go.inbox', backToInbox);

  return (
    <AppShell>
      {screen.name === 'inbox' ? (
        <InboxScreen place={place} onPlaceChange={setPlace} memory={memory} onOpenCase={openCase} />
      ) : (
        <CaseScreen key={screen.caseId} caseId={screen.caseId} onBack={backToInbox} />
      )}
    </AppShell>
  );
}
