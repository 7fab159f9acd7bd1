import { describe, expect, it } from 'vitest';
import { TOKEN_STORAGE_KEY, apiCheckUrl, apiSocketUrl, takeToken } from '../../src/renderer/api/token';

function browser(href: string, stored: string | null = null) {
  const storage = new Map<string, string>(stored === null ? [] : [[TOKEN_STORAGE_KEY, stored]]);
  const env = {
    location: { href },
    history: {
      state: null,
      replaced: null as string | null,
      replaceState(_data: unknown, _unused: string, url: string) {
        this.replaced = url;
      },
    },
    storage: {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, value),
    },
  };
  return { env, storage };
}

describe('browser host access token', () => {
  it('takes the token from the link, keeps it for a reload and removes it from the address bar', () => {
    const { env, storage } = browser('http://127.0.0.1:5123/?token=abc123&x=1#top');
    expect(takeToken(env)).toBe('abc123');
    expect(storage.get(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(env.history.replaced).toBe('/?x=1#top');
  });

  it('uses the kept token after a reload', () => {
    const { env } = browser('http://127.0.0.1:5123/', 'kept');
    expect(takeToken(env)).toBe('kept');
    expect(env.history.replaced).toBeNull();
  });

  it('has no token when neither the link nor the tab has one', () => {
    expect(takeToken(browser('http://127.0.0.1:5123/').env)).toBeNull();
  });

  it('talks to /api on the same host, over wss when the page is https', () => {
    expect(apiSocketUrl({ protocol: 'http:', host: '127.0.0.1:5123' }, 'a b')).toBe(
      'ws://127.0.0.1:5123/api?token=a%20b',
    );
    expect(apiSocketUrl({ protocol: 'https:', host: 'desk.example' }, 't')).toBe(
      'wss://desk.example/api?token=t',
    );
  });

  it('asks over plain HTTP at the same address whether the token still opens the socket', () => {
    expect(apiCheckUrl({ protocol: 'http:', host: '127.0.0.1:5123' }, 'a b')).toBe(
      'http://127.0.0.1:5123/api?token=a%20b',
    );
    expect(apiCheckUrl({ protocol: 'https:', host: 'desk.example' }, null)).toBe('https://desk.example/api');
  });
});
