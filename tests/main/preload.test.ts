import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Transport } from '../../src/shared/api';
import { PUSH_CHANNEL, REQUEST_CHANNEL } from '../../src/main/ipcChannels';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    ipcRenderer: {
      invoke: vi.fn(async (_channel: string, envelope: { id: number }) => ({
        id: envelope.id,
        ok: true,
        value: 1,
      })),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(listener);
      }),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        listeners.get(channel)?.delete(listener);
      }),
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: electron.ipcRenderer,
}));

describe('the preload bridge', () => {
  let nara: Transport;

  beforeAll(async () => {
    await import('../../src/preload/index');
    nara = electron.exposed.get('nara') as Transport;
  });

  it('exposes one object, window.nara, with exactly request and onPush', () => {
    expect([...electron.exposed.keys()]).toEqual(['nara']);
    expect(Object.keys(nara).sort()).toEqual(['onPush', 'request']);
    expect(typeof nara.request).toBe('function');
    expect(typeof nara.onPush).toBe('function');
  });

  it('sends requests over the one channel main listens on and returns main’s reply', async () => {
    const envelope = { id: 3, method: 'cases.list', args: {} };
    await expect(nara.request(envelope)).resolves.toEqual({ id: 3, ok: true, value: 1 });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(REQUEST_CHANNEL, envelope);
  });

  it('hands pushes to the listener without the IPC event, until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = nara.onPush(listener);
    const push = { event: 'cases.invalidated', payload: {} };
    const fakeEvent = { sender: { send: vi.fn() }, ports: [] };
    for (const relay of electron.listeners.get(PUSH_CHANNEL) ?? []) relay(fakeEvent, push);
    expect(listener.mock.calls).toEqual([[push]]);

    unsubscribe();
    expect(electron.listeners.get(PUSH_CHANNEL)?.size ?? 0).toBe(0);
    for (const relay of electron.listeners.get(PUSH_CHANNEL) ?? []) relay(fakeEvent, push);
    expect(listener).toHaveBeenCalledOnce();
  });
});
