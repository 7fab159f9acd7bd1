import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/shared/http/contentSecurity';
import { contentTypeFor } from '../../src/shared/http/contentTypes';

describe('what both hosts send with the renderer', () => {
  it('labels the built files by extension, whatever their case or folder', () => {
    expect(contentTypeFor('/srv/renderer/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('assets/index-abc.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('C:\\nara\\renderer\\assets\\index-abc.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('assets/logo.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('assets/inter.woff2')).toBe('font/woff2');
  });

  it('sends unknown files as plain bytes, never guessing', () => {
    for (const path of ['assets/blob', 'assets/.html', 'assets.js/blob', 'x.constructor', 'x.toString']) {
      expect(contentTypeFor(path), path).toBe('application/octet-stream');
    }
  });

  it('sends the policy with nosniff and no referrer', () => {
    expect(SECURITY_HEADERS).toMatchObject({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
  });

  it('matches the policy index.html carries for when it is opened without either host', () => {
    const html = readFileSync(new URL('../../src/renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    // frame-ancestors is ignored in a <meta> policy, so only the served header carries it.
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });
});
