import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders as electronHeaders } from '../../src/main/csp';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/http/contentSecurity';
import { createWebHost, type WebHost } from '../../src/web/webHost';
import { fakeCore, silentLogger } from './fakeCore';

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: fetch() would normalise `..` away before the host ever saw it. */
function get(host: WebHost, path: string, method = 'GET'): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

let workDir: string;
let host: WebHost;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'nara-web-static-'));
  const rendererDir = join(workDir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Nära</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log("desk")');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(rendererDir, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(join(workDir, 'secret.txt'), 'the agent database password');
  symlinkSync(join(workDir, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'));
  host = await createWebHost({ core: fakeCore(), rendererDir, port: 0, token: 't', logger: silentLogger });
});

afterAll(async () => {
  await host.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('the built renderer is served', () => {
  it('serves index.html for / (the URL with the token) with the security headers', async () => {
    const res = await get(host, '/?token=t');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Nära</title>');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it('serves the very policy the Electron window gets', async () => {
    const res = await get(host, '/assets/index-abc.js');
    expect(res.headers['content-security-policy']).toBe(electronHeaders()['Content-Security-Policy']);
  });

  it('uses the CSP the desk promises', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });

  it('labels scripts, styles and images with their content types', async () => {
    expect((await get(host, '/assets/index-abc.js')).headers['content-type']).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await get(host, '/assets/index-abc.css')).headers['content-type']).toBe(
      'text/css; charset=utf-8',
    );
    expect((await get(host, '/assets/logo.svg')).headers['content-type']).toBe('image/svg+xml');
  });

  it('answers HEAD without a body and other methods with 405', async () => {
    const head = await get(host, '/assets/index-abc.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String('console.log("desk")'.length));
    expect(head.body).toBe('');
    expect((await get(host, '/index.html', 'POST')).status).toBe(405);
  });

  it('answers 404, with the security headers, for anything that is not a file', async () => {
    for (const path of ['/missing.js', '/assets', '/assets/', '/case/42']) {
      const res = await get(host, path);
      expect(res.status, path).toBe(404);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});

describe('nothing outside the renderer folder is reachable', () => {
  const attempts = [
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/link.txt',
    '/secret.txt%00.js',
    '/%E0%A4%A',
  ];
  for (const path of attempts) {
    it(`refuses ${path}`, async () => {
      const res = await get(host, path);
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('password');
    });
  }
});
