import { describe, expect, it } from 'vitest';
import { commandNames, internalCommandNames } from '../../src/core/commands/runCommand';
import {
  isRetryable,
  mutationArgs,
  mutationNames,
  PullRequest,
  PushRequest,
  RowChange,
  syncErrorCodes,
} from '../../src/shared/sync';

const id = '01a202b1-e23f-7658-9275-9e4b3a3caf39';

describe('the sync protocol', () => {
  it('knows every command a desk queues in its outbox', () => {
    expect([...mutationNames].sort()).toEqual([...commandNames, ...internalCommandNames].sort());
  });

  it('needs the ids a command generated, so hub and desk make the same rows', () => {
    const args = { caseId: id, bodyText: 'Ringde', bodyRich: null };
    expect(mutationArgs['notes.add'].safeParse(args).success).toBe(false);
    expect(mutationArgs['notes.add'].safeParse({ ...args, eventId: id }).success).toBe(true);
  });

  it('accepts a push of outbox entries and refuses an empty or oversized one', () => {
    const mutation = { id, seq: 1, name: 'notes.add', args: {}, createdAt: 0 };
    expect(PushRequest.safeParse({ protocol: 1, clientId: id, mutations: [mutation] }).success).toBe(true);
    expect(PushRequest.safeParse({ protocol: 1, clientId: id, mutations: [] }).success).toBe(false);
    const tooMany = Array.from({ length: 501 }, (_, i) => ({ ...mutation, seq: i + 1 }));
    expect(PushRequest.safeParse({ protocol: 1, clientId: id, mutations: tooMany }).success).toBe(false);
    expect(
      PushRequest.safeParse({ protocol: 1, clientId: id, mutations: [{ ...mutation, seq: 0 }] }).success,
    ).toBe(false);
  });

  it('pulls from an opaque numeric cursor, a thousand rows at a time unless asked', () => {
    expect(PullRequest.parse({ protocol: 1, clientId: id, cursor: null }).limit).toBe(1000);
    expect(PullRequest.safeParse({ protocol: 1, clientId: id, cursor: '42' }).success).toBe(true);
    expect(PullRequest.safeParse({ protocol: 1, clientId: id, cursor: '-1' }).success).toBe(false);
    expect(PullRequest.safeParse({ protocol: 1, clientId: id, cursor: null, limit: 5001 }).success).toBe(
      false,
    );
  });

  it('sends rows shaped like the desk tables, and nothing else', () => {
    const team = { table: 'teams', version: 3, row: { id, name: 'Energi och nät' } };
    expect(RowChange.safeParse(team).success).toBe(true);
    expect(RowChange.safeParse({ ...team, table: 'sessions' }).success).toBe(false);
    expect(RowChange.safeParse({ ...team, row: { id } }).success).toBe(false);
  });

  it('says which whole-request failures are worth retrying', () => {
    const retryable = syncErrorCodes.filter(isRetryable);
    expect(retryable).toEqual(['unavailable', 'internal']);
  });
});
