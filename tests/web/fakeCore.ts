import type { Core } from '../../src/core/Core';
import type { PushEnvelope, Reply } from '../../src/shared/api';

/** A stand-in core for transport tests: answers `ping`, records what reached it, pushes on demand. */
export interface FakeCore extends Core {
  received: unknown[];
  push(envelope: PushEnvelope): void;
  listenerCount(): number;
}

export function fakeCore(): FakeCore {
  const received: unknown[] = [];
  const listeners = new Set<(push: PushEnvelope) => void>();
  return {
    received,
    async dispatch(request) {
      received.push(request);
      const { id, method } = request as { id: string | number; method: string };
      const reply: Reply =
        method === 'ping'
          ? { id, ok: true, value: 'pong' }
          : { id, ok: false, error: { code: 'unknown_method', message: method } };
      return reply;
    },
    onPush(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    push: (envelope) => listeners.forEach((listener) => listener(envelope)),
    listenerCount: () => listeners.size,
    close: () => undefined,
  };
}

export const silentLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };
