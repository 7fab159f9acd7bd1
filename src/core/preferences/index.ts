export { memoryPreferences } from './memoryPreferences';
export { filePreferences } from './filePreferences';
export { applyPatch, copyOf, preferencesFromStored } from './applyPatch';
