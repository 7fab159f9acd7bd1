import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from '../shared/api';
import { pickTransport } from './api/pickTransport';
import { Boot } from './shell/Boot';
import './ui/theme.css';

// The transport is picked once, before React: the Electron bridge, or the browser host's WebSocket.
const picked = pickTransport();
const api = { client: createClient(picked.transport), onConnectionChange: picked.onConnectionChange };

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <Boot api={api} />
  </StrictMode>,
);
