import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { ActionId, Keymap } from '../../shared/domain';
import { KeymapMatcher, detectPlatform, resolveBindings } from './keymap';
import { isTypingTarget, shouldRunAction, type TargetLike } from './typingGuard';

type Handler = () => void;

/** Handlers per action; the most recently mounted screen's handler wins (a stack per action). */
class ActionRegistry {
  private readonly stacks = new Map<ActionId, Array<{ current: Handler }>>();

  add(action: ActionId, ref: { current: Handler }): () => void {
    const stack = this.stacks.get(action) ?? [];
    stack.push(ref);
    this.stacks.set(action, stack);
    return () => {
      const i = stack.indexOf(ref);
      if (i >= 0) stack.splice(i, 1);
    };
  }

  top(action: ActionId): Handler | undefined {
    return this.stacks.get(action)?.at(-1)?.current;
  }
}

const RegistryContext = createContext<ActionRegistry | null>(null);

/** The one keyboard layer: a single keydown listener that turns chords into actions. */
export function KeyboardProvider({ keymap, children }: { keymap: Keymap; children: ReactNode }) {
  const registry = useMemo(() => new ActionRegistry(), []);

  useEffect(() => {
    const platform = detectPlatform(navigator.platform);
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
      const handler = registry.top(result.action);
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [keymap, registry]);

  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

/** Runs `handler` when the chord bound to `action` is pressed, while this component is mounted. */
export function useKeyAction(action: ActionId, handler: Handler, enabled = true): void {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error('useKeyAction needs a KeyboardProvider');
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => (enabled ? registry.add(action, ref) : undefined), [registry, action, enabled]);
}
