import { initialSchema } from './001_initial';
import { inboxIndexes } from './002_inbox_indexes';

/** Numbered, append-only. Never edit a released step: add the next one. Index + 1 = schema version. */
export const migrations: readonly string[] = [initialSchema, inboxIndexes];

export const LATEST_SCHEMA_VERSION = migrations.length;
