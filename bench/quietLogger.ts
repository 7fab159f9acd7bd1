import type { Logger } from '../src/core';

/** Core's warnings would interleave with the bench's progress lines; errors still show, named by `source`. */
export function quietLogger(source: string): Logger {
  return {
    info: () => undefined,
    warn: () => undefined,
    error: (message, data) => console.error(`[${source}] ${message}`, data ?? ''),
  };
}
