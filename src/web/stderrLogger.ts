import type { Logger } from '../core/ports';

/** Every log line goes to stderr: stdout's first line is the URL that scripts and tests read. */
export const stderrLogger: Logger = {
  info: (message, data) => console.error(message, data ?? ''),
  warn: (message, data) => console.error(message, data ?? ''),
  error: (message, data) => console.error(message, data ?? ''),
};
