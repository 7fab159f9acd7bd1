import type { Core } from '../core/Core';
import type { Logger } from '../core/ports';
import { MAX_REQUEST_BYTES, RequestEnvelope } from '../shared/api';
import type { ErrorCode, PushEnvelope, Reply } from '../shared/api';
import { isAppUrl } from './appOrigin';
import { PUSH_CHANNEL } from './ipcChannels';

/** What the request handler reads from an IpcMainInvokeEvent. */
export interface RequestEvent {
  senderFrame?: { url: string } | null;
}

function errorReply(id: Reply['id'], code: ErrorCode, message: string): Reply {
  return { id, ok: false, error: { code, message } };
}

function requestId(envelope: unknown): Reply['id'] {
  if (typeof envelope !== 'object' || envelope === null) return null;
  const id = RequestEnvelope.shape.id.safeParse((envelope as { id?: unknown }).id);
  return id.success ? id.data : null;
}

/** UTF-8 size of the envelope as JSON; structured clone allows cycles that JSON cannot hold (null then). */
function jsonBytes(envelope: unknown): number | null {
  try {
    const json = JSON.stringify(envelope);
    return json === undefined ? 0 : Buffer.byteLength(json, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The handler of the one request channel. Only frames on the app origin reach core (a frame that navigated
 * elsewhere, or a foreign iframe, gets `unauthorized`); oversized requests are refused before dispatch.
 */
export function createRequestHandler(
  core: Pick<Core, 'dispatch'>,
  origins: ReadonlySet<string>,
  logger?: Logger,
): (event: RequestEvent, envelope: unknown) => Promise<Reply> {
  return async (event, envelope) => {
    const senderUrl = event.senderFrame?.url;
    if (!isAppUrl(senderUrl, origins)) {
      logger?.warn('Refused an IPC request from outside the app', { url: senderUrl ?? null });
      return errorReply(null, 'unauthorized', 'Requests are accepted only from the app itself.');
    }
    const bytes = jsonBytes(envelope);
    if (bytes === null) return errorReply(null, 'bad_request', 'The request is not valid JSON data.');
    if (bytes > MAX_REQUEST_BYTES) {
      return errorReply(
        requestId(envelope),
        'too_large',
        `The request is ${bytes} bytes; at most ${MAX_REQUEST_BYTES} are accepted.`,
      );
    }
    return core.dispatch(envelope);
  };
}

/** The part of WebContents a push is sent to. */
export interface PushTarget {
  isDestroyed(): boolean;
  getURL(): string;
  send(channel: string, push: PushEnvelope): void;
}

/** Forwards every core push to the app's windows; a window not (or no longer) on the app origin gets nothing. */
export function forwardPushes(
  core: Pick<Core, 'onPush'>,
  targets: () => PushTarget[],
  origins: ReadonlySet<string>,
): () => void {
  return core.onPush((push) => {
    for (const target of targets()) {
      if (!target.isDestroyed() && isAppUrl(target.getURL(), origins)) target.send(PUSH_CHANNEL, push);
    }
  });
}
