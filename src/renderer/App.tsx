import { Suspense, useCallback, useEffect, useState } from 'react';
import type { ActionId, InboxRow } from '../shared/domain';
import { useApi, useSendAhead } from './api/ApiProvider';
import { InboxScreen } from './features/inbox/InboxScreen';
import { InboxMemory } from './features/inbox/inboxPlace';
import { initialInboxPlace } from './features/inbox/inboxStart';
import { CommandPalette } from './features/palette/CommandPalette';
import { PromiseReminders } from './features/promises/PromiseReminders';
import { SearchScreen } from './features/search/SearchScreen';
import { ShortcutHelp } from './features/shortcuts/ShortcutHelp';
import { useActions, useKeyAction } from './keyboard/KeyboardProvider';
import { AppShell } from './shell/AppShell';
import { lazyScreen } from './shell/lazyScreen';
import { useNavigation, type Screen } from './shell/Navigation';
import { whenPaused } from './shell/whenPaused';

// Every screen but the inbox and search is its own chunk. Search stays in the first load: it is small,
// and `/` then typing at once must find the box there (keys typed while a chunk loads would be lost).
const CaseScreen = lazyScreen(() => import('./features/case/CaseScreen').then((m) => m.CaseScreen));
const PersonScreen = lazyScreen(() => import('./features/person/PersonScreen').then((m) => m.PersonScreen));
const GoalsScreen = lazyScreen(() => import('./features/goals/GoalsScreen').then((m) => m.GoalsScreen));
const SettingsScreen = lazyScreen(() =>
  import('./features/settings/SettingsScreen').then((m) => m.SettingsScreen),
);
const laterScreens = [CaseScreen, PersonScreen, GoalsScreen, SettingsScreen];

/** The screens and the way between them. The inbox place survives a visit elsewhere. */
export function App() {
  const api = useApi();
  const { screen, navigate, back } = useNavigation();
  const [place, setPlace] = useState(initialInboxPlace);
  const [memory] = useState(() => new InboxMemory(api));

  const sendAhead = useSendAhead();
  // The case's data is asked for on the key press, while the case screen is still being drawn.
  const openCase = useCallback(
    (row: InboxRow) => {
      sendAhead('cases.get', { caseId: row.id });
      navigate({ name: 'case', caseId: row.id });
    },
    [navigate, sendAhead],
  );
  useKeyAction('go.inbox', () => navigate({ name: 'inbox' }));
  useKeyAction('search.focus', () => navigate({ name: 'search' }));
  useInboxViewKeysEverywhere(screen.name !== 'inbox', () => navigate({ name: 'inbox' }));
  // Fetched and evaluated in the first pause after start-up, not in the middle of j/k at key-repeat speed;
  // a screen opened before that loads its chunk then (a Suspense boundary shows nothing meanwhile).
  // A preload that fails is tried again when the screen is opened.
  useEffect(() => whenPaused(() => laterScreens.forEach((s) => s.preload().catch(() => undefined))), []);

  return (
    <AppShell>
      <Suspense fallback={null}>
        <CurrentScreen screen={screen} onBack={back}>
          <InboxScreen place={place} onPlaceChange={setPlace} memory={memory} onOpenCase={openCase} />
        </CurrentScreen>
      </Suspense>
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
      return <CaseScreen.Screen key={screen.caseId} caseId={screen.caseId} onBack={onBack} />;
    case 'person':
      return <PersonScreen.Screen key={screen.personId} personId={screen.personId} />;
    case 'search':
      return <SearchScreen />;
    case 'goals':
      return <GoalsScreen.Screen />;
    case 'settings':
      return <SettingsScreen.Screen />;
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
