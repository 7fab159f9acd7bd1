import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ApiClient } from '../../shared/api';
import type { ConnectionState } from './webSocketTransport';

export interface ApiContextValue {
  client: ApiClient;
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

/** Whether the transport is connected (always, in Electron). */
export function useConnectionState(): ConnectionState {
  const { onConnectionChange } = useApiContext();
  const [state, setState] = useState<ConnectionState>('connecting');
  useEffect(() => onConnectionChange(setState), [onConnectionChange]);
  return state;
}
