import type { Preferences, PreferencesPatch } from '../shared/domain';

/** Where preferences live: electron-store in the desktop app, a JSON file in the browser host, memory in tests. */
export interface PreferencesPort {
  get(): Preferences;
  set(patch: PreferencesPatch): Preferences;
}

export interface Clock {
  now(): number;
}

export interface Logger {
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

export const systemClock: Clock = { now: () => Date.now() };

export const consoleLogger: Logger = {
  info: (message, data) => console.info(message, data ?? ''),
  warn: (message, data) => console.warn(message, data ?? ''),
  error: (message, data) => console.error(message, data ?? ''),
};
