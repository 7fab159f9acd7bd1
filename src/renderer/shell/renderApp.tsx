import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ApiContextValue } from '../api/ApiProvider';
import { Boot } from './Boot';

/** React and the app, loaded by main.tsx once the start-up calls are on their way. */
export function renderApp(container: HTMLElement, api: ApiContextValue): void {
  createRoot(container).render(
    <StrictMode>
      <Boot api={api} />
    </StrictMode>,
  );
}
