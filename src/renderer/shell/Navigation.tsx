import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** Every place the agent can be. Dialogs (palette, shortcut help, action dialogs) are not places. */
export type Screen =
  | { name: 'inbox' }
  | { name: 'case'; caseId: string }
  | { name: 'person'; personId: string }
  | { name: 'search' }
  | { name: 'goals' }
  | { name: 'settings' };

interface Navigation {
  screen: Screen;
  /** Goes to a place, remembering where we came from so Esc / back returns there. */
  navigate(screen: Screen): void;
  /** Returns to the previous place (the inbox when there is none). */
  back(): void;
}

const NavigationContext = createContext<Navigation | null>(null);

const sameScreen = (a: Screen, b: Screen) => JSON.stringify(a) === JSON.stringify(b);

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [stack, setStack] = useState<Screen[]>([{ name: 'inbox' }]);
  const navigate = useCallback(
    (screen: Screen) =>
      setStack((s) => {
        if (sameScreen(s[s.length - 1] as Screen, screen)) return s;
        // Going to the inbox starts over: it is home, not one more step to walk back through.
        return screen.name === 'inbox' ? [screen] : [...s, screen].slice(-50);
      }),
    [],
  );
  const back = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : [{ name: 'inbox' }])), []);
  const value = useMemo(
    () => ({ screen: stack[stack.length - 1] as Screen, navigate, back }),
    [stack, navigate, back],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const value = useContext(NavigationContext);
  if (!value) throw new Error('useNavigation needs a NavigationProvider');
  return value;
}
