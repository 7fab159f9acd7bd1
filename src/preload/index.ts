// The sandboxed preload: exposes exactly `request` and `onPush` (the shared Transport) as window.nara.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { PushEnvelope, Reply, RequestEnvelope, Transport } from '../shared/api';

// Same names as src/main/ipcChannels.ts; the preload bundle stays free of imports from other layers.
const REQUEST_CHANNEL = 'nara:request';
const PUSH_CHANNEL = 'nara:push';

const nara: Transport = {
  request: (envelope: RequestEnvelope): Promise<Reply> => ipcRenderer.invoke(REQUEST_CHANNEL, envelope),
  onPush(listener: (push: PushEnvelope) => void): () => void {
    // The renderer sees the push only, never the IpcRendererEvent (it carries the sender and ports).
    const relay = (_event: IpcRendererEvent, push: PushEnvelope): void => listener(push);
    ipcRenderer.on(PUSH_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(PUSH_CHANNEL, relay);
    };
  },
};

contextBridge.exposeInMainWorld('nara', nara);
