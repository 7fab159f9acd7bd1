import { describe, expect, it } from 'vitest';
import { createDispatcher, INTERNAL_MESSAGE } from '../../../src/core/dispatch/createDispatcher';
import type { HandlerContext, Handlers } from '../../../src/core/dispatch/handlerTypes';
import { memoryPreferences } from '../../../src/core/preferences';
import type { Logger } from '../../../src/core/ports';
import { openStore } from '../../../src/core/store/openStore';
import { ApiError, methodNames, Reply, type Args, type MethodName } from '../../../src/shared/api';

const CASE_ID = '01890a5d-ac96-774b-bcce-b302099a8057';

interface Logged {
  message: string;
  data: Record<string, unknown> | undefined;
}

/** A dispatcher whose handlers record what they receive; `override` swaps in handlers under test. */
function setup(override: Partial<Handlers> = {}) {
  const calls: { method: MethodName; args: unknown }[] = [];
  const errors: Logged[] = [];
  const logger: Logger = {
    info: () => {},
    warn: () => {},
    error: (message, data) => errors.push({ message, data }),
  };
  const recording = Object.fromEntries(
    methodNames.map((method) => [
      method,
      (args: unknown) => {
        calls.push({ method, args });
        return { recorded: true };
      },
    ]),
  ) as unknown as Handlers; // recording stubs: their results are not what the contract says, and need not be here
  const db = openStore({ path: ':memory:' });
  const context = (): HandlerContext => ({
    db,
    meId: CASE_ID,
    now: 0,
    prefs: memoryPreferences(),
    push: () => {},
  });
  const dispatch = createDispatcher({ ...recording, ...override }, logger, context);
  return { dispatch, calls, errors };
}

function errorOf(reply: Reply) {
  expect(Reply.parse(reply).ok).toBe(false);
  if (reply.ok) throw new Error('expected an error reply');
  return { id: reply.id, ...reply.error };
}

describe('the dispatcher answers every request with an envelope', () => {
  it('a request that is not an envelope is a bad_request without an id', async () => {
    const { dispatch, calls } = setup();
    for (const request of [
      null,
      'cases.get',
      42,
      [],
      { method: 'cases.get' },
      { id: {}, method: 'cases.get' },
    ]) {
      expect(errorOf(await dispatch(request))).toMatchObject({ id: null, code: 'bad_request' });
    }
    expect(calls).toEqual([]);
  });

  it('a malformed envelope keeps its id when the id itself is readable', async () => {
    const { dispatch } = setup();
    expect(errorOf(await dispatch({ id: 7, args: {} }))).toMatchObject({ id: 7, code: 'bad_request' });
    expect(errorOf(await dispatch({ id: 'r-1', method: '' }))).toMatchObject({
      id: 'r-1',
      code: 'bad_request',
    });
  });

  it('an unknown method is unknown_method', async () => {
    const { dispatch } = setup();
    const error = errorOf(await dispatch({ id: 1, method: 'cases.delete', args: {} }));
    expect(error).toMatchObject({ id: 1, code: 'unknown_method' });
    expect(error.message).toContain('cases.delete');
  });

  it('methods inherited from Object are not methods', async () => {
    const { dispatch } = setup();
    expect(errorOf(await dispatch({ id: 1, method: 'toString', args: {} })).code).toBe('unknown_method');
    expect(errorOf(await dispatch({ id: 2, method: '__proto__', args: {} })).code).toBe('unknown_method');
  });

  it('args of the wrong type are invalid_args with a readable message, and the handler never runs', async () => {
    const { dispatch, calls } = setup();
    const error = errorOf(
      await dispatch({ id: 3, method: 'cases.setPriority', args: { caseId: CASE_ID, priority: 5 } }),
    );
    expect(error).toMatchObject({ id: 3, code: 'invalid_args' });
    expect(error.message).toContain('priority');
    expect(calls).toEqual([]);
  });

  it('missing fields are invalid_args naming the field', async () => {
    const { dispatch } = setup();
    const error = errorOf(await dispatch({ id: 4, method: 'notes.add', args: { caseId: CASE_ID } }));
    expect(error.code).toBe('invalid_args');
    expect(error.message).toContain('bodyText');
    expect(errorOf(await dispatch({ id: 5, method: 'cases.get', args: {} })).code).toBe('invalid_args');
  });

  it('a string over the schema’s maximum is invalid_args, and the huge text is not echoed back', async () => {
    const { dispatch, calls } = setup();
    const huge = 'å'.repeat(200_001);
    const error = errorOf(
      await dispatch({ id: 6, method: 'notes.add', args: { caseId: CASE_ID, bodyText: huge } }),
    );
    expect(error.code).toBe('invalid_args');
    expect(error.message.length).toBeLessThan(500);
    expect(calls).toEqual([]);
  });

  it('the handler receives validated args with defaults filled in', async () => {
    const { dispatch, calls } = setup();
    const reply = await dispatch({
      id: 8,
      method: 'cases.assign',
      args: { caseId: CASE_ID, assigneeId: null },
    });
    expect(reply).toEqual({ id: 8, ok: true, value: { recorded: true } });
    expect(calls).toEqual([
      { method: 'cases.assign', args: { caseId: CASE_ID, assigneeId: null, handoverNote: '' } },
    ]);
  });

  it('an expected failure keeps its code and message', async () => {
    const { dispatch, errors } = setup({
      'cases.get': () => {
        throw new ApiError('not_found', 'This case does not exist (any more).');
      },
    });
    expect(errorOf(await dispatch({ id: 9, method: 'cases.get', args: { caseId: CASE_ID } }))).toEqual({
      id: 9,
      code: 'not_found',
      message: 'This case does not exist (any more).',
    });
    expect(errors).toEqual([]);
  });

  it('an unexpected failure is internal: logged with its stack, never leaked in the reply', async () => {
    const { dispatch, errors } = setup({
      'cases.get': async (_args: Args<'cases.get'>) => {
        throw new Error('SQLITE_CORRUPT: SELECT * FROM cases WHERE id = ?');
      },
    });
    const error = errorOf(await dispatch({ id: 10, method: 'cases.get', args: { caseId: CASE_ID } }));

    expect(error).toEqual({ id: 10, code: 'internal', message: INTERNAL_MESSAGE });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.data).toMatchObject({
      method: 'cases.get',
      error: expect.stringContaining('SQLITE_CORRUPT'),
    });
    expect(String(errors[0]?.data?.stack)).toContain('dispatcher.test.ts');
  });

  it('something thrown that is not an Error is internal too', async () => {
    const { dispatch, errors } = setup({
      'sync.status': () => {
        throw 'a string';
      },
    });
    expect(errorOf(await dispatch({ id: 11, method: 'sync.status', args: {} })).code).toBe('internal');
    expect(errors).toHaveLength(1);
  });
});
