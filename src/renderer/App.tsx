import { useCallback, useState } from 'react';
import type { ActionId, InboxRow } from '../shared/domain';
import { useApi } from './api/ApiProvider';
import { CaseScreen } from './features/case/CaseScreen';
import { GoalsScreen } from './features/goals/GoalsScreen';
import { InboxScreen } from './features/inbox/InboxScreen';
import { InboxMemory, initialInboxPlace } from './features/inbox/inboxPlace';
import { CommandPalette } from './features/palette/CommandPalette';
import { PersonScreen } from './features/person/PersonScreen';
import { PromiseReminders } from './features/promises/PromiseReminders';
import { SearchScreen } from './features/search/SearchScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { ShortcutHelp } from './features/shortcuts/ShortcutHelp';
import { useActions, useKeyAction } from './keyboard/KeyboardProvider';
import { AppShell } from './shell/AppShell';
import { useNavigation, type Screen } from './shell/Navigation';

/** The screens and the way between them. The inbox place survives a visit elsewhere. */
export function App() {
  const api = useApi();
  const { screen, navigate, back } = useNavigation();
  const [place, setPlace] = useState(initialInboxPlace);
  const [memory] = useState(() => new InboxMemory(api));

  const openCase = useCallback((row: InboxRow) => navigate({ name: 'case', caseId: row.id }), [navigate]);
  useKeyAction('go.inbox', () => navigate({ name: 'inbox' }));
  useKeyAction('search.focus', () => navigate({ name: 'search' }));
  useInboxViewKeysEverywhere(screen.name !== 'inbox', () => navigate({ name: 'inbox' }));

  return (
    <AppShell>
      <CurrentScreen screen={screen} onBack={back}>
        <InboxScreen place={place} onPlaceChange={setPlace} memory={memory} onOpenCase={openCase} />
      </CurrentScreen>
      <CommandPalette />
      <PromiseReminders />
      <ShortcutHelp />
    </AppShell>
  );
}

function CurrentScreen({
  screen,
  onBack,
  children: inbox,
}: {
  screen: Screen;
  onBack(): void;
  children: React.ReactNode;
}) {
  switch (screen.name) {
    case 'inbox':
      return inbox;
    case 'case':
      return <CaseScreen key={screen.caseId} caseId={screen.caseId} onBack={onBack} />;
    case 'person':
      return <PersonScreen key={screen.personId} personId={screen.personId} />;
    case 'search':
      return <SearchScreen />;
    case 'goals':
      return <GoalsScreen />;
    case 'settings':
      return <SettingsScreen />;
  }
}

/**
 * The inbox handles "g m / g t / g p" itself; away from it, those keys first go home and then hand the
 * action to the inbox once it is mounted (not a direct call: our own handler is still on top until then).
 */
function useInboxViewKeysEverywhere(away: boolean, goHome: () => void) {
  const actions = useActions();
  const [pending, setPending] = useState<ActionId | null>(null);
  const goThen = (action: ActionId) => () => {
    setPending(action);
    goHome();
  };
  useKeyAction('go.mine', goThen('go.mine'), away);
  useKeyAction('go.team', goThen('go.team'), away);
  useKeyAction('go.promises', goThen('go.promises'), away);
  if (!away && pending) {
    // Adjusting state while rendering, as React recommends over an effect; the run waits for the inbox.
    setPending(null);
    actions.runWhenReady(pending);
  }
}
