export type { Core, CoreOptions } from './Core';
export type { Clock, Logger, PreferencesPort } from './ports';
export { consoleLogger, systemClock } from './ports';
export { openCore } from './openCore';
export { defaultDataDir, STORE_FILE } from './paths';
export { filePreferences, memoryPreferences } from './preferences';
export { StoreFromFutureError } from './store/openStore';
export type { Timers } from './scheduler/timers';
export { systemTimers } from './scheduler/timers';
