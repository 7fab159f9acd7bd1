import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME } from './appOrigin';
import { contentTypeFor } from '../shared/http/contentTypes';
import { securityHeaders } from './csp';

/**
 * standard + secure give app:// a real origin and a secure context (module scripts, fetch, storage);
 * corsEnabled lets module scripts carrying Vite's `crossorigin` attribute load from it.
 */
export const appScheme: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

export type AppFile = { ok: true; path: string } | { ok: false; status: 400 | 403 | 404 };

/** Maps an app:// URL to a file inside root, refusing anything that would leave it. */
export function resolveAppFile(root: string, url: string): AppFile {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { ok: false, status: 404 };

  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (path.includes('\0')) return { ok: false, status: 400 };
  // URL parsing already folds literal "/../"; encoded separators ("..%2f", "..%5c") only appear after decoding.
  const segments = path.split(/[/\\]+/).filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..')) return { ok: false, status: 403 };

  // Paths without an extension are client-side routes: they all get the single page.
  const relativePath = segments.length === 0 || extname(path) === '' ? 'index.html' : segments.join(sep);
  const rootDir = resolve(root);
  const file = resolve(rootDir, relativePath);
  const fromRoot = relative(rootDir, file);
  if (fromRoot.startsWith('..') || isAbsolute(fromRoot)) return { ok: false, status: 403 };
  return { ok: true, path: file };
}

const reasons = { 400: 'Bad request', 403: 'Forbidden', 404: 'Not found' } as const;

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders() },
  });
}

function isMissingFile(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

/** The app:// handler: serves the built renderer from rootDir, with the CSP on every response. */
export function createAppProtocolHandler(
  rootDir: string,
  read: (path: string) => Promise<Uint8Array> = readFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const file = resolveAppFile(rootDir, request.url);
    if (!file.ok) return textResponse(file.status, reasons[file.status]);
    let body: Uint8Array;
    try {
      body = await read(file.path);
    } catch (error) {
      return isMissingFile(error)
        ? textResponse(404, reasons[404])
        : textResponse(500, 'Could not read file');
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { 'Content-Type': contentTypeFor(file.path), ...securityHeaders() },
    });
  };
}
