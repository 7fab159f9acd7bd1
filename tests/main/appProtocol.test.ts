import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appScheme, createAppProtocolHandler, resolveAppFile } from '../../src/main/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../src/main/csp';

describe('the app:// protocol', () => {
  let base: string;
  let root: string;
  let handler: (request: Request) => Promise<Response>;

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'nara-protocol-'));
    root = join(base, 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Nära</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log("desk")');
    writeFileSync(join(base, 'secret.txt'), 'TOP SECRET');
    handler = createAppProtocolHandler(root);
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  const get = (url: string): Promise<Response> => handler(new Request(url));

  it('is registered as a standard, secure scheme so the renderer gets a real origin', () => {
    expect(appScheme.scheme).toBe('app');
    expect(appScheme.privileges).toMatchObject({ standard: true, secure: true });
  });

  it('serves the built renderer with its content type and the CSP', async () => {
    const page = await get('app://nara/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Nära</title>');

    const script = await get('app://nara/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers the bare origin and client-side routes with the single page', async () => {
    expect(await (await get('app://nara/')).text()).toContain('Nära');
    expect(await (await get('app://nara/cases/42')).text()).toContain('Nära');
  });

  it.each([
    'app://nara/..%2fsecret.txt',
    'app://nara/..%2F..%2Fsecret.txt',
    'app://nara/assets/..%2f..%2fsecret.txt',
    'app://nara/..%5csecret.txt',
    'app://nara/%2e%2e%2fsecret.txt',
  ])('refuses to climb out of the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('TOP SECRET');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses ".." segments even when handed a raw, unnormalised path', () => {
    expect(resolveAppFile(root, 'app://nara/assets/..%2f..%2f..%2fetc%2fpasswd')).toEqual({
      ok: false,
      status: 403,
    });
  });

  it('serves nothing for another host, a missing file or a malformed escape', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://nara/assets/missing.js')).status).toBe(404);
    expect((await get('app://nara/assets/%E0%A4%A.js')).status).toBe(400);
  });

  it('accepts only reads', async () => {
    const response = await handler(new Request('app://nara/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});
