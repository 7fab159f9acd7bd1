import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { SECURITY_HEADERS } from '../shared/http/contentSecurity';
import { contentTypeFor } from '../shared/http/contentTypes';
import { parseRequestUrl } from './requestUrl';

/**
 * Sent on every HTTP response of the host, files and errors alike: the policy the Electron window uses
 * too (src/shared/http), plus two framing guards for browsers, which unlike Electron may be asked to
 * embed this page in another site's frame or to load its files from another origin.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function sendStatus(res: ServerResponse, status: number, extra: Record<string, string> = {}): void {
  const body = `${status}\n`;
  res.writeHead(status, {
    ...securityHeaders,
    ...extra,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
  });
  res.end(body);
}

/**
 * Maps a request path to a file strictly inside `root`, or null. Decodes percent-escapes first so
 * `/%2e%2e/` cannot slip past, and resolves symlinks so a link cannot point outside either.
 */
export async function fileInside(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' ? '/index.html' : decoded;
  const candidate = resolve(root, `.${relative}`);
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!realFile.startsWith(realRoot + sep)) return null;
    return (await stat(realFile)).isFile() ? realFile : null;
  } catch {
    return null;
  }
}

/** Serves the built renderer. Files hold no desk data, so they need no token. */
export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendStatus(res, 405, { Allow: 'GET, HEAD' });
    return;
  }
  const url = parseRequestUrl(req.url);
  const file = url === null ? null : await fileInside(root, url.pathname);
  if (file === null) {
    sendStatus(res, 404);
    return;
  }
  const { size } = await stat(file);
  res.writeHead(200, {
    ...securityHeaders,
    'Content-Type': contentTypeFor(file),
    'Content-Length': String(size),
    // index.html names the hashed bundles; it must be fetched fresh after every build.
    'Cache-Control': file.endsWith('.html') ? 'no-store' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await pipeline(createReadStream(file), res);
}
