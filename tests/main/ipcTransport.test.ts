import { describe, expect, it, vi } from 'vitest';
import type { Mock } from 'vitest';
import type { Core } from '../../src/core/Core';
import { appOrigins } from '../../src/main/appOrigin';
import { PUSH_CHANNEL } from '../../src/main/ipcChannels';
import type { PushTarget } from '../../src/main/ipcTransport';
import { createRequestHandler, forwardPushes } from '../../src/main/ipcTransport';
import { MAX_REQUEST_BYTES } from '../../src/shared/api';
import type { PushEnvelope, Reply } from '../../src/shared/api';

/** A core that answers every request with ok and remembers what it was asked. */
function fakeCore() {
  let pushListener: ((push: PushEnvelope) => void) | null = null;
  const dispatch = vi.fn(async (request: unknown): Promise<Reply> => {
    const id = (request as { id: string | number }).id;
    return { id, ok: true, value: { served: true } };
  });
  const core: Pick<Core, 'dispatch' | 'onPush'> = {
    dispatch,
    onPush: (listener) => {
      pushListener = listener;
      return () => {
        pushListener = null;
      };
    },
  };
  return {
    core,
    dispatch,
    push: (push: PushEnvelope) => pushListener?.(push),
    hasListener: () => !!pushListener,
  };
}

const fromFrame = (url: string | null) => ({ senderFrame: url === null ? null : { url } });
const request = { id: 7, method: 'cases.list', args: { view: 'mine' } };

describe('the IPC request channel', () => {
  it('dispatches a request from the app to core and returns core’s reply', async () => {
    const { core, dispatch } = fakeCore();
    const handle = createRequestHandler(core, appOrigins());
    await expect(handle(fromFrame('app://nara/index.html'), request)).resolves.toEqual({
      id: 7,
      ok: true,
      value: { served: true },
    });
    expect(dispatch).toHaveBeenCalledWith(request);
  });

  it.each([
    'https://evil.example/',
    'app://evil/index.html',
    'app://nara.evil/index.html',
    'http://localhost:5173/',
    'file:///home/agent/page.html',
    'about:blank',
  ])('refuses a request from %s without dispatching it', async (url) => {
    const { core, dispatch } = fakeCore();
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const reply = await createRequestHandler(core, appOrigins(), logger)(fromFrame(url), request);
    expect(reply).toMatchObject({ id: null, ok: false, error: { code: 'unauthorized' } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalled();
  });

  it('refuses a request whose sender frame is gone', async () => {
    const { core, dispatch } = fakeCore();
    const reply = await createRequestHandler(core, appOrigins())(fromFrame(null), request);
    expect(reply).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('accepts the dev server origin only while developing against it', async () => {
    const { core, dispatch } = fakeCore();
    const reply = await createRequestHandler(core, appOrigins('http://localhost:5173'))(
      fromFrame('http://localhost:5173/index.html'),
      request,
    );
    expect(reply.ok).toBe(true);
    expect(dispatch).toHaveBeenCalledOnce();
  });

  it('refuses an oversized request before it reaches core', async () => {
    const { core, dispatch } = fakeCore();
    const huge = { id: 'big-1', method: 'notes.add', args: { text: 'x'.repeat(MAX_REQUEST_BYTES) } };
    const reply = await createRequestHandler(core, appOrigins())(fromFrame('app://nara/'), huge);
    expect(reply).toMatchObject({ id: 'big-1', ok: false, error: { code: 'too_large' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('counts bytes, not characters: a request of multi-byte letters can be too large', async () => {
    const { core, dispatch } = fakeCore();
    // "ö" is two bytes in UTF-8: fewer characters than the limit, more bytes.
    const text = 'ö'.repeat(Math.ceil(MAX_REQUEST_BYTES * 0.6));
    const reply = await createRequestHandler(core, appOrigins())(fromFrame('app://nara/'), {
      id: 1,
      method: 'm',
      args: { text },
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a cyclic value that cannot be JSON', async () => {
    const { core, dispatch } = fakeCore();
    const args: Record<string, unknown> = {};
    args.self = args;
    const reply = await createRequestHandler(core, appOrigins())(fromFrame('app://nara/'), {
      id: 1,
      method: 'm',
      args,
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});

function fakeTarget(url: string, destroyed = false): PushTarget & { send: Mock<PushTarget['send']> } {
  return { isDestroyed: () => destroyed, getURL: () => url, send: vi.fn<PushTarget['send']>() };
}

describe('the push channel', () => {
  const push: PushEnvelope = {
    event: 'case.changed',
    payload: { caseId: '0190f1d2-0000-7000-8000-000000000001' },
  };

  it('forwards every core push to the app window', () => {
    const { core, push: emit } = fakeCore();
    const win = fakeTarget('app://nara/index.html');
    forwardPushes(core, () => [win], appOrigins());
    emit(push);
    expect(win.send).toHaveBeenCalledWith(PUSH_CHANNEL, push);
  });

  it('sends nothing to a closed window or one showing another origin', () => {
    const { core, push: emit } = fakeCore();
    const closed = fakeTarget('app://nara/index.html', true);
    const foreign = fakeTarget('https://evil.example/');
    forwardPushes(core, () => [closed, foreign], appOrigins());
    emit(push);
    expect(closed.send).not.toHaveBeenCalled();
    expect(foreign.send).not.toHaveBeenCalled();
  });

  it('stops forwarding when unsubscribed', () => {
    const fake = fakeCore();
    const stop = forwardPushes(fake.core, () => [], appOrigins());
    expect(fake.hasListener()).toBe(true);
    stop();
    expect(fake.hasListener()).toBe(false);
  });
});
