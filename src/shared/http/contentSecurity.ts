/**
 * The one Content-Security-Policy for the renderer, served by both hosts (the Electron app:// scheme and
 * the browser host): only our own scripts (no inline, no eval), inline styles because Radix and the editor
 * set style attributes, data: images for pasted pictures; fonts, sockets and everything else from our
 * own origin only. Neither host needs more: Electron talks over IPC, the browser host over its own origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers both hosts send with every response, files and errors alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // The browser host's page URL carries the API token; never hand it to anyone in a Referer.
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
