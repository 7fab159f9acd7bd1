import { createClient } from '../shared/api/client';
import { pickTransport } from './api/pickTransport';
import { withEarlyCalls } from './api/earlyCalls';
import { firstInboxPage, initialInboxPlace } from './features/inbox/inboxStart';
import './ui/theme.css';

// The transport is picked once, before React: the Electron bridge, or the browser host's WebSocket.
// This entry is small on purpose: the calls every start needs go out now, while the browser still
// fetches and compiles React and the app (renderApp and what it imports).
const picked = pickTransport();
const { client, sendAhead } = withEarlyCalls(createClient(picked.transport), picked.transport);
sendAhead('prefs.get', {});
sendAhead('workspace.info', {});
sendAhead(firstInboxPage.method, firstInboxPage.args);
sendAhead('cases.counts', { channel: initialInboxPlace.channel });
sendAhead('sync.status', {});
const api = { client, sendAhead, onConnectionChange: picked.onConnectionChange };

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
import('./shell/renderApp').then(
  ({ renderApp }) => renderApp(container, api),
  (error: unknown) => {
    // Before React there is no error screen: say it plainly rather than leave the page blank.
    container.textContent = `Nära could not load (${error instanceof Error ? error.message : String(error)}). Reload the page.`;
  },
);
