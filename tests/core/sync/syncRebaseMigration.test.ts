import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { setCaseStatus } from '../../../src/core/commands/cases/setCaseStatus';
import { addNote } from '../../../src/core/commands/timeline/addNote';
import { migrations } from '../../../src/core/store/migrations';
import { migrate, schemaVersion } from '../../../src/core/store/openStore';
import { replayCommand } from '../../../src/core/sync/replayCommand';
import { foldForSearch } from '../../../src/shared/text/foldForSearch';
import {
  argsFor,
  countRows,
  insertAgent,
  insertCase,
  insertPerson,
  insertTeam,
  makeDesk,
  NOW,
  outboxRows,
} from '../commands/fixtures';

function baseRows(db: Database.Database): { tbl: string; id: string; row: string | null }[] {
  return db.prepare('SELECT tbl, id, row FROM sync_base ORDER BY tbl, id').all() as {
    tbl: string;
    id: string;
    row: string | null;
  }[];
}

describe('migration 4: re-applying queued changes on top of the hub’s', () => {
  it('upgrades a version-3 store with cases in it, keeping them', () => {
    const db = new Database(':memory:');
    db.function('nara_fold', { deterministic: true }, (text: unknown) => foldForSearch(String(text ?? '')));
    migrate(db, migrations.slice(0, 3));
    const teamId = insertTeam(db, 'Team');
    const caseId = insertCase(db, {
      personId: insertPerson(db, 'Åsa'),
      teamId,
      assigneeId: insertAgent(db, teamId, 'Maja'),
    });

    migrate(db, migrations.slice(0, 4));

    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT id FROM cases').all()).toEqual([{ id: caseId }]);
    expect(baseRows(db)).toEqual([]);
  });

  it('keeps nothing of a desk’s own changes while it has no hub', () => {
    const desk = makeDesk();
    setCaseStatus(desk.ctx(), argsFor('cases.setStatus', { caseId: desk.caseId, status: 'closed' }));
    expect(baseRows(desk.db)).toEqual([]);
  });

  it('keeps the hub’s version of each row a command changes, once, and marks rows a command made', () => {
    const desk = makeDesk();
    desk.db.prepare("INSERT INTO sync_state(key, value) VALUES ('capture', '1')").run();
    const before = desk.db.prepare('SELECT status, updated_at FROM cases WHERE id = ?').get(desk.caseId) as {
      status: string;
      updated_at: number;
    };

    setCaseStatus(desk.ctx(), argsFor('cases.setStatus', { caseId: desk.caseId, status: 'waiting' }));
    setCaseStatus(desk.ctx(NOW + 1), argsFor('cases.setStatus', { caseId: desk.caseId, status: 'closed' }));

    const rows = baseRows(desk.db);
    const kept = rows.find((r) => r.tbl === 'cases');
    expect(JSON.parse(kept?.row ?? 'null')).toMatchObject({ id: desk.caseId, ...before });
    expect(rows.filter((r) => r.tbl === 'events').map((r) => r.row)).toEqual([null, null]);
  });

  it('keeps the timeline append-only except while the hub’s rows are written', () => {
    const desk = makeDesk();
    const { event } = addNote(desk.ctx(), argsFor('notes.add', { caseId: desk.caseId, bodyText: 'Ringde.' }));
    const update = desk.db.prepare("UPDATE events SET body_text = 'Ringde två gånger.' WHERE id = ?");
    const remove = desk.db.prepare('DELETE FROM events WHERE id = ?');

    expect(() => update.run(event.id)).toThrow(/append-only/);
    expect(() => remove.run(event.id)).toThrow(/append-only/);

    desk.db.transaction(() => {
      desk.db.prepare("INSERT INTO sync_state(key, value) VALUES ('hub_write', '1')").run();
      update.run(event.id);
      desk.db.prepare("DELETE FROM sync_state WHERE key = 'hub_write'").run();
    })();
    expect(desk.db.prepare('SELECT body_text FROM events WHERE id = ?').get(event.id)).toEqual({
      body_text: 'Ringde två gånger.',
    });
  });
});

describe('re-applying a queued command', () => {
  it('makes the same rows with the ids it recorded, and does not queue it again', () => {
    const desk = makeDesk();
    addNote(desk.ctx(), argsFor('notes.add', { caseId: desk.caseId, bodyText: 'Lovade att ringa.' }));
    const [queued] = outboxRows(desk.db);
    const args = JSON.parse(queued!.args) as Record<string, unknown>;
    desk.db.transaction(() => {
      desk.db.prepare("INSERT INTO sync_state(key, value) VALUES ('hub_write', '1')").run();
      desk.db.prepare('DELETE FROM events').run();
      desk.db.prepare("DELETE FROM sync_state WHERE key = 'hub_write'").run();
    })();

    replayCommand({ db: desk.db, meId: desk.meId, now: NOW }, 'notes.add', args);

    expect(desk.db.prepare('SELECT id, body_text, created_at FROM events').all()).toEqual([
      { id: args.eventId, body_text: 'Lovade att ringa.', created_at: NOW },
    ]);
    expect(countRows(desk.db, 'outbox')).toBe(1);
  });

  it('refuses a command this desk does not know', () => {
    const desk = makeDesk();
    expect(() => replayCommand({ db: desk.db, meId: desk.meId, now: NOW }, 'cases.teleport', {})).toThrow(
      /does not know/,
    );
  });
});
