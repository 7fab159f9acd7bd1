/** The request target split into path and query; null when it cannot be parsed at all. */
export function parseRequestUrl(raw: string | undefined): URL | null {
  try {
    // Only path and query matter; the base is a placeholder that never resolves anywhere.
    return new URL(raw ?? '/', 'http://host.invalid');
  } catch {
    return null;
  }
}
