import { join } from 'node:path';
import { homedir } from 'node:os';
import type { StorageChoice } from './db/openHubDb';

/** How a hub instance is configured: environment variables only (12-factor; one image, many instances). */
export interface HubConfig {
  port: number;
  host: string;
  storage: StorageChoice;
  sessionTtlMs: number;
}

export const DEFAULT_HUB_PORT = 5299;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function defaultDataDir(): string {
  return join(homedir(), '.nara-hub');
}

/**
 * NARA_HUB_PORT (default 5299; 0 picks a free port), NARA_HUB_HOST (default 0.0.0.0: a hub serves a
 * network), DATABASE_URL (PostgreSQL; without it PGlite in NARA_HUB_DATA, default ~/.nara-hub),
 * NARA_HUB_SESSION_DAYS (default 30).
 */
export function hubConfigFromEnv(env: NodeJS.ProcessEnv): HubConfig {
  const port = Number(env.NARA_HUB_PORT ?? DEFAULT_HUB_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`NARA_HUB_PORT must be a port number, got "${env.NARA_HUB_PORT}".`);
  }
  const days = Number(env.NARA_HUB_SESSION_DAYS ?? 30);
  if (!(days > 0 && days <= 365)) {
    throw new ConfigError(`NARA_HUB_SESSION_DAYS must be from 1 to 365, got "${env.NARA_HUB_SESSION_DAYS}".`);
  }
  const storage: StorageChoice = env.DATABASE_URL
    ? { kind: 'postgres', connectionString: env.DATABASE_URL }
    : { kind: 'pglite', dataDir: env.NARA_HUB_DATA || defaultDataDir() };
  return { port, host: env.NARA_HUB_HOST || '0.0.0.0', storage, sessionTtlMs: days * 24 * 3600 * 1000 };
}
