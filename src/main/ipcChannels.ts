/** The two IPC channels between preload and main; src/preload/index.ts spells the same names (tests hold them equal). */
export const REQUEST_CHANNEL = 'nara:request';
export const PUSH_CHANNEL = 'nara:push';
