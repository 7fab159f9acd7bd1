import { initialSchema } from './001_initial';

/** Numbered, append-only. Never edit a released step: add the next one. Index + 1 = schema version. */
export const migrations: readonly string[] = [initialSchema];

export const LATEST_SCHEMA_VERSION = migrations.length;
