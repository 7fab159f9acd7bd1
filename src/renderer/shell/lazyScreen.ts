import { createElement, lazy, useState, type ComponentType, type FunctionComponent } from 'react';

export interface LazyScreen<P extends object> {
  Screen: FunctionComponent<P>;
  /** Fetches the screen's chunk ahead of need; safe to call any number of times. */
  preload(): Promise<unknown>;
}

/**
 * A screen in its own chunk, loaded on first use, so the first load holds only the shell and the inbox
 * (the editor alone is a third of the app). Rendered inside a Suspense boundary; once its chunk is in,
 * it renders straight away, with no fallback in between.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const preload = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return { default: component };
      },
      (error: unknown) => {
        // A chunk that failed to arrive (the host restarting, a network blip) is asked for again next time.
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(preload);
  const Screen: FunctionComponent<P> = (props) => {
    // Chosen once per mount: switching from Lazy to the loaded component would remount the screen and lose
    // what is on it (a half-typed note, the focus).
    const [type] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(type, props);
  };
  return { Screen, preload };
}
