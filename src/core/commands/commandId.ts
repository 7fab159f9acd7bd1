import { v7 as uuidv7 } from 'uuid';
import type { CommandContext } from './context';

/**
 * The id of a row a command makes (`eventId`, `promiseId` …): a new UUIDv7, or, while sync re-applies
 * a queued command, the id recorded with it, so the desk's row and the hub's are the same row.
 */
export function commandId(ctx: CommandContext, key: string): string {
  if (ctx.replay === undefined) return uuidv7();
  const id = ctx.replay.ids[key];
  if (typeof id !== 'string') throw new Error(`The queued command has no ${key} to re-apply with.`);
  return id;
}

/** The same, for a row the command makes only sometimes: null when the queued command made none. */
export function optionalCommandId(ctx: CommandContext, key: string): string | null {
  if (ctx.replay === undefined) return uuidv7();
  const id = ctx.replay.ids[key];
  return typeof id === 'string' ? id : null;
}
