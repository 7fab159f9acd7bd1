import { ApiError } from '../../shared/api';
import { SYNC_PROTOCOL_VERSION, type Session } from '../../shared/sync';
import type { Db } from '../store/openStore';
import type { HubCredentials } from './deskSync';
import { HubRequestError, type HubConnection } from './hubConnection';
import { readAccount } from './syncState';
import { unsentWork } from './workspaceReset';

/** Login, with the hub's failures in the words (and error codes) the desk's API uses. */
export async function signIn(connection: HubConnection, input: HubCredentials): Promise<Session> {
  let session: Session;
  try {
    session = await connection.login({ email: input.email.trim(), password: input.password });
  } catch (error) {
    if (!(error instanceof HubRequestError)) throw error;
    if (error.kind === 'unauthorized')
      throw new ApiError('unauthorized', 'The e-mail or the password is wrong.');
    throw new ApiError(error.kind === 'unreachable' ? 'offline' : 'conflict', error.message);
  }
  if (session.protocol !== SYNC_PROTOCOL_VERSION) {
    throw new ApiError(
      'conflict',
      `The hub speaks sync protocol ${session.protocol}; this desk speaks ${SYNC_PROTOCOL_VERSION}. Update Nära.`,
    );
  }
  return session;
}

/**
 * Before another account's workspace replaces this one: refuses (and ends the new session) when that
 * would lose changes no hub has.
 */
export async function refuseToLoseWork(db: Db, connection: HubConnection, token: string): Promise<void> {
  const bound = readAccount(db);
  const unsent = unsentWork(db, bound);
  if (unsent === 0) return;
  await connection.logout(token).catch(() => undefined);
  const holder = bound === null ? 'no hub has' : `${bound.email} has not sent`;
  throw new ApiError(
    'conflict',
    `This desk holds ${unsent} change(s) that ${holder}; connecting another account would lose them. ` +
      'Use a new data folder for this account.',
  );
}
