import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ApiClient } from '../../shared/api';
import type { SendAhead } from './earlyCalls';
import type { ConnectionState } from './webSocketTransport';

export interface ApiContextValue {
  client: ApiClient;
  /** Sends a call whose answer a screen about to mount will ask for (api/earlyCalls.ts). */
  sendAhead: SendAhead;
  onConnectionChange(listener: (state: ConnectionState) => void): () => void;
}

const ApiContext = createContext<ApiContextValue | null>(null);

export function ApiProvider({ value, children }: { value: ApiContextValue; children: ReactNode }) {
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi needs an ApiProvider');
  return value;
}

/** The one typed client (src/shared/api/client.ts); it does not know which transport it runs on. */
export function useApi(): ApiClient {
  return useApiContext().client;
}

/** Sends a call ahead of the screen that will make it, e.g. a case's data on the key that opens it. */
export function useSendAhead(): SendAhead {
  return useApiContext().sendAhead;
}

/** Whether the transport is connected (always, in Electron). */
export function useConnectionState(): ConnectionState {
  const { onConnectionChange } = useApiContext();
  const [state, setState] = useState<ConnectionState>('connecting');
  useEffect(() => onConnectionChange(setState), [onConnectionChange]);
  return state;
}
