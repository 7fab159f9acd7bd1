import { createClient } from '../shared/api/client';
import { pickTransport } from './api/pickTransport';
import { withStartupCalls } from './api/startupCalls';
import { firstInboxPage, initialInboxPlace } from './features/inbox/inboxStart';
import './ui/theme.css';

// The transport is picked once, before React: the Electron bridge, or the browser host's WebSocket.
// This entry is small on purpose: the calls every start needs go out now, while the browser still
// fetches and compiles React and the app (renderApp and what it imports).
const picked = pickTransport();
const client = withStartupCalls(createClient(picked.transport), picked.transport, [
  { method: 'prefs.get', args: {} },
  { method: 'workspace.info', args: {} },
  firstInboxPage,
  { method: 'cases.counts', args: { channel: initialInboxPlace.channel } },
  { method: 'sync.status', args: {} },
]);
const api = { client, onConnectionChange: picked.onConnectionChange };

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
void import('./shell/renderApp').then(({ renderApp }) => renderApp(container, api));
