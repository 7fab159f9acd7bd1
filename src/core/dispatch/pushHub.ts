import type { PushEnvelope } from '../../shared/api';
import type { Logger } from '../ports';
import type { Push } from './handlerTypes';

export interface PushHub {
  push: Push;
  subscribe(listener: (push: PushEnvelope) => void): () => void;
  clear(): void;
}

/** Fans push events out to listeners; one failing listener (a closed window) never stops the others. */
export function createPushHub(logger: Logger): PushHub {
  const listeners = new Set<(push: PushEnvelope) => void>();
  return {
    push(event, payload) {
      for (const listener of [...listeners]) {
        try {
          listener({ event, payload });
        } catch (error) {
          logger.warn('A push listener failed', { event, error: describe(error) });
        }
      }
    },
    subscribe(listener) {
      // Wrapped so that subscribing the same function twice still gives two independent subscriptions.
      const entry = (push: PushEnvelope): void => listener(push);
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
    clear() {
      listeners.clear();
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
