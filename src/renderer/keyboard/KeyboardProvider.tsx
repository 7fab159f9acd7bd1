import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { ActionId, Keymap } from '../../shared/domain';
import { ActionRegistry, type Handler } from './actionRegistry';
import { KeymapMatcher, currentChords, detectPlatform, resolveBindings, type Platform } from './keymap';
import { isTypingTarget, shouldRunAction, type TargetLike } from './typingGuard';

interface KeyboardContextValue {
  registry: ActionRegistry;
  keymap: Keymap;
  platform: Platform;
}

const KeyboardContext = createContext<KeyboardContextValue | null>(null);

/**
 * The one keyboard layer: a single keydown listener that turns chords into actions. `keymap` is the
 * agent's remaps; a new one (changed in Settings) takes effect on the next key press.
 */
export function KeyboardProvider({ keymap, children }: { keymap: Keymap; children: ReactNode }) {
  const registry = useMemo(() => new ActionRegistry(), []);
  const platform = useMemo(() => detectPlatform(navigator.platform), []);

  useEffect(() => {
    const matcher = new KeymapMatcher(resolveBindings(keymap, platform));
    const onKeyDown = (event: KeyboardEvent) => {
      // A widget that handled the key itself (the listbox's arrows) has the last word; IME input too.
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target instanceof Element ? (event.target as TargetLike) : null;
      const typing = isTypingTarget(target);
      // While typing, a sequence must not start: "g" typed into a field would swallow the next key.
      if (typing) matcher.reset();
      const result = matcher.feed(event, event.timeStamp);
      if (result.kind === 'pending') {
        if (typing) matcher.reset();
        else event.preventDefault();
        return;
      }
      if (result.kind !== 'action' || !shouldRunAction(result.action, event.key, target)) return;
      if (!registry.has(result.action)) return;
      event.preventDefault();
      registry.run(result.action);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [keymap, platform, registry]);

  const value = useMemo(() => ({ registry, keymap, platform }), [registry, keymap, platform]);
  return <KeyboardContext.Provider value={value}>{children}</KeyboardContext.Provider>;
}

function useKeyboardContext(): KeyboardContextValue {
  const value = useContext(KeyboardContext);
  if (!value) throw new Error('keyboard hooks need a KeyboardProvider');
  return value;
}

/** Runs `handler` when the chord bound to `action` is pressed (or the palette runs it), while mounted. */
export function useKeyAction(action: ActionId, handler: Handler, enabled = true): void {
  const { registry } = useKeyboardContext();
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => (enabled ? registry.add(action, ref) : undefined), [registry, action, enabled]);
}

export interface ActionRunner {
  /** Runs what the action's key would run here and now; false when nothing on screen handles it. */
  run(action: ActionId): boolean;
  /** Runs it now, or as soon as the screen that handles it has mounted (after a navigation). */
  runWhenReady(action: ActionId): void;
  /** Whether the action does something here and now (the palette greys out the others). */
  has(action: ActionId): boolean;
}

/** Runs actions the way their keys do, for the palette and anything else that offers them by mouse. */
export function useActions(): ActionRunner {
  const { registry } = useKeyboardContext();
  return useMemo(
    () => ({
      run: (action: ActionId) => registry.run(action),
      runWhenReady: (action: ActionId) => registry.runWhenReady(action),
      has: (action: ActionId) => registry.has(action),
    }),
    [registry],
  );
}

/** `runAction(actionId)`: the same handler its key would run; false when none is mounted. */
export function useRunAction(): (action: ActionId) => boolean {
  return useActions().run;
}

export interface KeymapInfo {
  /** The agent's remaps (the rest are defaults). */
  keymap: Keymap;
  platform: Platform;
  /** The chords an action answers to now, remaps included. */
  chordsFor(action: ActionId): readonly string[];
}

/** The keys in effect, for the shortcut help, the palette and Settings to show. */
export function useKeymap(): KeymapInfo {
  const { keymap, platform } = useKeyboardContext();
  return useMemo(
    () => ({ keymap, platform, chordsFor: (action: ActionId) => currentChords(keymap, action) }),
    [keymap, platform],
  );
}
