import { z } from 'zod';
import { ApiError } from '../../shared/api';
import { Preferences, PreferencesPatch, defaultPreferences } from '../../shared/domain';

/** Validates a patch and applies it; an invalid patch changes nothing and is refused as invalid_args. */
export function applyPatch(current: Preferences, patch: unknown): Preferences {
  const parsed = PreferencesPatch.safeParse(patch);
  if (!parsed.success) throw new ApiError('invalid_args', z.prettifyError(parsed.error));
  // A key present with `undefined` means "not part of this patch", not "set to undefined".
  const changes = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
  return Preferences.parse({ ...current, ...changes });
}

/**
 * Reads stored preferences field by field: a field that no longer validates (hand-edited, or from
 * another version) falls back to its default without costing the agent the other settings.
 */
export function preferencesFromStored(stored: unknown): Preferences {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored))
    return copyOf(defaultPreferences);
  const record = stored as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(Preferences.shape)) {
    const field = schema.safeParse(record[key]);
    result[key] = field.success ? field.data : defaultPreferences[key as keyof Preferences];
  }
  return Preferences.parse(result);
}

/** Callers get their own copy, so changing a returned object never changes what is stored. */
export function copyOf(preferences: Preferences): Preferences {
  return structuredClone(preferences);
}
