export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/**
 * Resolves with `work`, or rejects with a TimeoutError after `ms`: a step that hangs (a renderer that never
 * loads, a host that never answers) becomes a reported failure instead of a stuck run. The caller cleans up
 * whatever the abandoned work holds (closes the page, stops the host).
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
