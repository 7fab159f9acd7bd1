import { initialSchema } from './001_initial';
import { inboxIndexes } from './002_inbox_indexes';
import { personMergesAndGoals } from './003_person_merges_and_goals';
import { syncRebase } from './004_sync_rebase';
import { searchBacklog } from './005_search_backlog';
import { searchPrefixes } from './006_search_prefixes';

/** Numbered, append-only. Never edit a released step: add the next one. Index + 1 = schema version. */
export const migrations: readonly string[] = [
  initialSchema,
  inboxIndexes,
  personMergesAndGoals,
  syncRebase,
  searchBacklog,
  searchPrefixes,
];

export const LATEST_SCHEMA_VERSION = migrations.length;
