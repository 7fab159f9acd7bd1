import type { Transport } from '../../shared/api';
import { apiCheckUrl, apiSocketUrl, takeToken } from './token';
import { WebSocketTransport, type ConnectionState, type SocketLike } from './webSocketTransport';

declare global {
  interface Window {
    /** Exposed by the Electron preload (src/preload); absent in a browser. */
    nara?: Transport;
  }
}

export interface PickedTransport {
  transport: Transport;
  /** Connection changes; the Electron bridge is always connected. */
  onConnectionChange(listener: (state: ConnectionState) => void): () => void;
}

/** The browser's WebSocket behind the narrow interface the transport (and its tests) use. */
function browserSocket(url: string): SocketLike {
  const ws = new WebSocket(url);
  const socket: SocketLike = {
    send: (data) => ws.send(data),
    close: () => ws.close(),
    onopen: null,
    onmessage: null,
    onclose: null,
    onerror: null,
  };
  ws.onopen = () => socket.onopen?.();
  ws.onmessage = (event) => socket.onmessage?.({ data: event.data });
  ws.onclose = () => socket.onclose?.();
  ws.onerror = () => socket.onerror?.();
  return socket;
}

/** Electron when the preload bridge is there, otherwise the browser host's WebSocket. */
export function pickTransport(): PickedTransport {
  const bridge = window.nara;
  if (bridge) {
    return {
      transport: bridge,
      onConnectionChange(listener) {
        listener('open');
        return () => undefined;
      },
    };
  }
  const token = takeToken({
    location: window.location,
    history: window.history,
    storage: window.sessionStorage,
  });
  const checkUrl = apiCheckUrl(window.location, token);
  const ws = new WebSocketTransport({
    url: apiSocketUrl(window.location, token),
    createSocket: browserSocket,
    isTokenRefused: async () =>
      (await fetch(checkUrl, { cache: 'no-store', credentials: 'omit' })).status === 401,
    timers: {
      setTimeout: (fn, ms) => window.setTimeout(fn, ms),
      clearTimeout: (h) => window.clearTimeout(h as number),
    },
  });
  return { transport: ws, onConnectionChange: (listener) => ws.onConnectionChange(listener) };
}
