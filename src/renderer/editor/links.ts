/** The only link targets Nära stores or shows: web pages and mail addresses (never javascript:, file:, data:). */
const allowedProtocols = new Set(['http:', 'https:', 'mailto:']);

/** True when `url` is an absolute http(s) or mailto URL that can safely be a link target. */
export function isAllowedLinkUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!allowedProtocols.has(parsed.protocol)) return false;
  return parsed.protocol === 'mailto:' ? parsed.pathname.includes('@') : parsed.hostname !== '';
}

const emailAddress = /^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/;
/** A scheme ("ftp:", "javascript:"), not a host with a port ("nara.se:8080"). */
const anyScheme = /^[a-z][a-z\d+.-]*:(?!\d)/i;

/**
 * What an agent typed into the link field, as a link target: "nara.se" becomes "https://nara.se",
 * "anna@example.se" becomes "mailto:anna@example.se". Null when it is no web or mail address.
 */
export function normalizeLinkInput(input: string): string | null {
  const text = input.trim();
  if (text === '' || /\s/.test(text)) return null;
  if (emailAddress.test(text)) return `mailto:${text}`;
  const url = anyScheme.test(text) ? text : `https://${text}`;
  return isAllowedLinkUrl(url) ? url : null;
}
