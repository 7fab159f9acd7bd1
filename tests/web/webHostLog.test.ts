import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebHost, type WebHost } from '../../src/web/webHost';
import { fakeCore } from './fakeCore';

let host: WebHost | undefined;
let rendererDir: string | undefined;
afterEach(async () => {
  await host?.close();
  if (rendererDir) rmSync(rendererDir, { recursive: true, force: true });
});

describe('what the host writes to its log', () => {
  it('never the token: a failed entry page is logged by its path alone', async () => {
    rendererDir = mkdtempSync(join(tmpdir(), 'nara-web-log-'));
    // Far larger than the socket buffers, so hanging up mid-page makes the send fail.
    writeFileSync(join(rendererDir, 'index.html'), Buffer.alloc(32 * 1024 * 1024, 'a'));
    const error = vi.fn();
    const logger = { info: vi.fn(), warn: vi.fn(), error };
    host = await createWebHost({ core: fakeCore(), rendererDir, port: 0, token: 'secret-token', logger });

    const req = request({ host: '127.0.0.1', port: host.port, path: '/?token=secret-token' }, (res) =>
      res.destroy(),
    );
    req.on('error', () => undefined);
    req.end();

    await vi.waitFor(() => expect(error).toHaveBeenCalled());
    expect(error.mock.calls[0]?.[1]).toMatchObject({ path: '/' });
    expect(JSON.stringify(error.mock.calls)).not.toContain('secret-token');
  });
});
