import { validate as isUuid, version as uuidVersion } from 'uuid';
import { describe, expect, it } from 'vitest';
import { appendToOutbox, countPendingOutbox } from '../../../src/core/commands/outbox';
import { runCommand } from '../../../src/core/commands/runCommand';
import { addNote } from '../../../src/core/commands/timeline/addNote';
import { argsFor, countRows, makeDesk, NOW, outboxRows, snapshot } from './fixtures';

describe('every change is a named command queued for the hub', () => {
  it('appends the command to the outbox with its name, args, a v7 mutation id and the next sequence number', () => {
    const desk = makeDesk();
    const args = argsFor('cases.setPriority', { caseId: desk.caseId, priority: 'high' });

    runCommand(desk.ctx(), 'cases.setPriority', args, { eventId: 'generated-id' }, () => 'applied');
    runCommand(desk.ctx(NOW + 1), 'cases.setPriority', args, {}, () => 'applied');

    const rows = outboxRows(desk.db);
    expect(rows.map((r) => [r.seq, r.name, r.status])).toEqual([
      [1, 'cases.setPriority', 'pending'],
      [2, 'cases.setPriority', 'pending'],
    ]);
    expect(JSON.parse(rows[0]!.args)).toEqual({
      caseId: desk.caseId,
      priority: 'high',
      eventId: 'generated-id',
    });
    expect(rows[0]!.created_at).toBe(NOW);
    expect(rows[1]!.created_at).toBe(NOW + 1);
    for (const row of rows) {
      expect(isUuid(row.mutation_id)).toBe(true);
      expect(uuidVersion(row.mutation_id)).toBe(7);
    }
    expect(countPendingOutbox(desk.db)).toBe(2);
  });

  it('returns what the command applied', () => {
    const desk = makeDesk();
    const args = argsFor('cases.setPriority', { caseId: desk.caseId, priority: 'low' });
    expect(runCommand(desk.ctx(), 'cases.setPriority', args, {}, () => 42)).toBe(42);
  });

  it('writes nothing, not even the outbox row, when the command fails halfway', () => {
    const desk = makeDesk();
    const before = snapshot(desk.db);
    const args = argsFor('cases.setPriority', { caseId: desk.caseId, priority: 'urgent' });

    expect(() =>
      runCommand(desk.ctx(), 'cases.setPriority', args, {}, () => {
        desk.db.prepare("UPDATE cases SET priority = 'urgent' WHERE id = ?").run(desk.caseId);
        throw new Error('disk full');
      }),
    ).toThrow('disk full');

    expect(snapshot(desk.db)).toBe(before);
  });

  it('never reuses a sequence number after confirmed commands leave the outbox', () => {
    const desk = makeDesk();
    addNote(desk.ctx(), argsFor('notes.add', { caseId: desk.caseId, bodyText: 'Första' }));
    addNote(desk.ctx(), argsFor('notes.add', { caseId: desk.caseId, bodyText: 'Andra' }));
    // The hub confirmed both: the sync client removes them.
    desk.db.prepare('DELETE FROM outbox').run();

    const { seq } = appendToOutbox(desk.db, { name: 'notes.add', args: {}, createdAt: NOW });

    expect(seq).toBe(3);
    expect(countRows(desk.db, 'outbox')).toBe(1);
  });
});
