import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, caseStatuses, Id } from '../../../src/shared/domain';
import { foldForSearch } from '../../../src/shared/text/foldForSearch';
import { phrasesByLocale } from '../../../src/core/demo/content/phrasesByLocale';
import type { SeedReport } from '../../../src/core/demo/seedDemoWorkspace';
import { getMeta } from '../../../src/core/store/meta';
import type { Db } from '../../../src/core/store/openStore';
import { DAY, NOW, seededStore } from './seededStore';

const locales = ['sv', 'nb', 'en'] as const;
const count = (db: Db, sql: string, ...params: unknown[]): number =>
  (db
    .prepare(sql)
    .pluck()
    .get(...params) as number | null) ?? 0;
const column = <T>(db: Db, sql: string, ...params: unknown[]): T[] =>
  db
    .prepare(sql)
    .pluck()
    .all(...params) as T[];

describe.each([100, 2000])('a demo workspace of %i cases', (cases) => {
  let db: Db;
  let report: SeedReport;
  let me: string;

  beforeAll(async () => {
    ({ db, report } = await seededStore(cases));
    me = getMeta(db, 'me_agent_id') as string;
  });
  afterAll(() => db.close());

  it('reports what it wrote, in realistic proportions', () => {
    expect(report.cases).toBe(cases);
    expect(count(db, 'SELECT count(*) FROM cases')).toBe(cases);
    expect(report.people).toBe(Math.max(30, cases * 0.2));
    expect(count(db, 'SELECT count(*) FROM people')).toBe(report.people);
    expect(count(db, 'SELECT count(*) FROM events')).toBe(report.events);
    expect(count(db, 'SELECT count(*) FROM promises')).toBe(report.promises);
    // ~5 events per case; the 300+ event saga weighs more in a small demo.
    expect(report.events / cases).toBeGreaterThan(4);
    expect(report.events / cases).toBeLessThan(cases < 1000 ? 10 : 6.5);
    expect(report.promises / cases).toBeGreaterThan(0.15);
    expect(report.promises / cases).toBeLessThan(0.45);
    expect(count(db, 'SELECT count(*) FROM saved_replies')).toBe(8);
    expect(column(db, 'SELECT DISTINCT locale FROM saved_replies ORDER BY 1')).toEqual(['en', 'nb', 'sv']);
  });

  it('marks the store as a demo and makes me the first agent of the first team', () => {
    expect(getMeta(db, 'is_demo')).toBe('1');
    expect(getMeta(db, 'demo_seed')).toBe('1');
    expect(getMeta(db, 'demo_cases')).toBe(String(cases));
    expect(me).toBe(column(db, 'SELECT id FROM agents ORDER BY n LIMIT 1')[0]);
    expect(count(db, 'SELECT count(*) FROM teams')).toBeGreaterThanOrEqual(2);
    expect(count(db, 'SELECT count(*) FROM agents')).toBe(12);
    const mine = count(db, 'SELECT count(*) FROM cases WHERE assignee_id = ?', me);
    expect(mine).toBeGreaterThan(cases * 0.04);
    expect(mine).toBeLessThan(cases * 0.3);
  });

  it('keeps every foreign key valid and every id a UUIDv7', () => {
    expect(db.pragma('foreign_key_check')).toEqual([]);
    for (const table of ['teams', 'agents', 'people', 'contact_points', 'cases', 'events', 'promises']) {
      for (const id of column<string>(db, `SELECT id FROM ${table}`)) {
        expect(Id.safeParse(id).success && id[14] === '7').toBe(true);
      }
    }
  });

  it('has the people tests and demos look for, and finds them without diacritics', () => {
    for (const name of ['Åsa Ångström', 'Bjørn Ødegård', 'Lena Jönsson']) {
      expect(count(db, 'SELECT count(*) FROM people WHERE name = ?', name)).toBe(1);
    }
    const asa = count(db, "SELECT n FROM people WHERE name = 'Åsa Ångström'");
    expect(column(db, "SELECT rowid FROM people_fts WHERE people_fts MATCH 'angstrom'")).toContain(asa);
    const bjorn = count(db, "SELECT n FROM people WHERE name = 'Bjørn Ødegård'");
    expect(column(db, "SELECT rowid FROM people_fts WHERE people_fts MATCH 'bjorn odegard'")).toContain(
      bjorn,
    );
  });

  it('gives people Nordic and international names, languages, contact points and personal agents', () => {
    const names = column<string>(db, 'SELECT name FROM people');
    expect(names.filter((name) => /[^\x20-\x7e]/.test(name)).length / names.length).toBeGreaterThan(0.3);
    const languages = new Set(
      column<string>(db, 'SELECT languages FROM people').flatMap((l) => JSON.parse(l) as string[]),
    );
    for (const language of ['sv', 'nb', 'en']) expect(languages).toContain(language);
    expect(languages.size).toBeGreaterThanOrEqual(6);
    const points = column<number>(
      db,
      'SELECT (SELECT count(*) FROM contact_points c WHERE c.person_id = p.id) FROM people p',
    );
    expect(Math.min(...points)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...points)).toBeLessThanOrEqual(3);
    expect(
      count(db, "SELECT count(*) FROM contact_points WHERE kind = 'phone' AND value NOT GLOB '+[0-9]*'"),
    ).toBe(0);
    const owned =
      count(db, 'SELECT count(*) FROM people WHERE personal_agent_id IS NOT NULL') / report.people;
    expect(owned).toBeGreaterThan(0.4);
    expect(owned).toBeLessThan(0.8);
  });

  it('writes "what matters to them" as Lexical rich text with its plain text, in Swedish, Norwegian and English', () => {
    const notes = db.prepare("SELECT note_rich, note_text FROM people WHERE note_text <> ''").all() as {
      note_rich: string;
      note_text: string;
    }[];
    expect(notes.length / report.people).toBeGreaterThan(cases < 1000 ? 0.1 : 0.2);
    for (const { note_rich, note_text } of notes) {
      const root = (
        JSON.parse(note_rich) as { root: { type: string; children: { children: { text: string }[] }[] } }
      ).root;
      expect(root.type).toBe('root');
      expect(root.children.map((p) => p.children.map((t) => t.text).join('')).join('\n\n')).toBe(note_text);
    }
    const texts = notes.map((n) => n.note_text);
    for (const locale of locales) {
      const phrases = phrasesByLocale[locale].personNotes;
      expect(texts.some((text) => phrases.some((phrase) => text.includes(phrase)))).toBe(true);
    }
  });

  it('spreads cases over all six channels and all four statuses, open work recent and old work closed', () => {
    expect(column(db, 'SELECT DISTINCT channel FROM cases ORDER BY 1')).toEqual([...channels].sort());
    expect(column(db, 'SELECT DISTINCT status FROM cases ORDER BY 1')).toEqual([...caseStatuses].sort());
    const old = NOW - 60 * DAY;
    expect(
      count(db, "SELECT count(*) FROM cases WHERE created_at < ? AND status <> 'closed'", old),
    ).toBeLessThan(count(db, 'SELECT count(*) FROM cases WHERE created_at < ?', old) * 0.1);
    expect(count(db, 'SELECT min(created_at) FROM cases')).toBeLessThan(NOW - 450 * DAY);
    expect(count(db, "SELECT count(*) FROM cases WHERE status = 'snoozed' AND snoozed_until <= ?", NOW)).toBe(
      0,
    );
    expect(count(db, 'SELECT count(*) FROM cases WHERE assignee_id IS NULL')).toBeGreaterThan(0);
    expect(column<string>(db, 'SELECT ref FROM cases').every((ref) => /^K-20\d\d-\d{5,}$/.test(ref))).toBe(
      true,
    );
    expect(count(db, 'SELECT count(DISTINCT ref) FROM cases')).toBe(cases);
  });

  it('keeps each case consistent with its timeline', () => {
    const broken = (where: string): number => count(db, `SELECT count(*) FROM cases c WHERE ${where}`);
    expect(broken('c.created_at <> (SELECT min(created_at) FROM events e WHERE e.case_id = c.id)')).toBe(0);
    expect(broken('c.updated_at <> (SELECT max(created_at) FROM events e WHERE e.case_id = c.id)')).toBe(0);
    expect(
      broken(
        "c.last_contact_at <> (SELECT max(created_at) FROM events e WHERE e.case_id = c.id AND kind = 'contact')",
      ),
    ).toBe(0);
    expect(
      broken(`c.first_response_at IS NOT (SELECT min(created_at) FROM events e
                WHERE e.case_id = c.id AND kind = 'contact' AND direction = 'out')`),
    ).toBe(0);
    expect(broken("(c.status = 'closed') <> (c.closed_at IS NOT NULL)")).toBe(0);
    expect(broken("(c.status = 'snoozed') <> (c.snoozed_until IS NOT NULL)")).toBe(0);
    const snippets = db
      .prepare(
        `SELECT c.snippet, (SELECT body_text FROM events e WHERE e.case_id = c.id AND kind = 'contact'
           ORDER BY created_at DESC LIMIT 1) AS body FROM cases c`,
      )
      .all() as { snippet: string; body: string }[];
    for (const { snippet, body } of snippets) {
      expect(snippet.length).toBeGreaterThan(0);
      expect(body.startsWith(snippet.replace(/…$/, ''))).toBe(true);
    }
  });

  it('orders every timeline in time, before now, each event with a body text where it says something', () => {
    expect(
      count(
        db,
        `SELECT count(*) FROM (SELECT created_at - lag(created_at) OVER (PARTITION BY case_id ORDER BY n) AS gap
           FROM events) WHERE gap <= 0`,
      ),
    ).toBe(0);
    expect(count(db, 'SELECT count(*) FROM events WHERE created_at >= ?', NOW)).toBe(0);
    expect(
      count(
        db,
        "SELECT count(*) FROM events WHERE kind IN ('contact', 'note', 'assigned') AND body_text = ''",
      ),
    ).toBe(0);
    expect(count(db, "SELECT count(*) FROM events WHERE kind = 'note' AND body_rich IS NULL")).toBe(0);
    expect(
      count(
        db,
        "SELECT count(*) FROM events WHERE kind = 'contact' AND (channel IS NULL OR direction IS NULL)",
      ),
    ).toBe(0);
  });

  it('has the 300+ event saga and a case of exactly 50 events', () => {
    const events = (caseId: string): number =>
      count(db, 'SELECT count(*) FROM events WHERE case_id = ?', caseId);
    expect(events(report.showcase.longCaseId)).toBeGreaterThan(300);
    expect(events(report.showcase.fiftyEventCaseId)).toBe(50);
  });

  it('records hand-overs with who handed to whom and a note', () => {
    const handovers = db.prepare("SELECT meta, body_text FROM events WHERE kind = 'assigned'").all() as {
      meta: string;
      body_text: string;
    }[];
    expect(handovers.length).toBeGreaterThan(0);
    const agents = new Set(column<string>(db, 'SELECT id FROM agents'));
    for (const { meta, body_text } of handovers) {
      const { from, to } = JSON.parse(meta) as { from: string; to: string };
      expect(agents.has(from) && agents.has(to) && from !== to).toBe(true);
      expect(body_text.length).toBeGreaterThan(10);
    }
  });

  it('writes internal notes in Swedish, Norwegian and English', () => {
    const notes = new Set(column<string>(db, "SELECT DISTINCT body_text FROM events WHERE kind = 'note'"));
    for (const locale of locales) {
      const phrases = phrasesByLocale[locale];
      const known = [...phrases.notes, ...Object.values(phrases.domainNotes).flat()];
      expect(known.some((note) => notes.has(note))).toBe(true);
    }
  });

  it('has promises kept on time, kept late, cancelled, due today and overdue, each with its events', () => {
    const promises = (where: string, ...params: unknown[]): number =>
      count(db, `SELECT count(*) FROM promises WHERE ${where}`, ...params);
    expect(promises("status = 'kept' AND resolved_at <= due_at")).toBeGreaterThan(0);
    expect(promises("status = 'kept' AND resolved_at > due_at")).toBeGreaterThan(0);
    expect(promises("status = 'cancelled' AND resolved_at IS NOT NULL")).toBeGreaterThan(0);
    expect(promises("status = 'open' AND due_at > ? AND due_at < ?", NOW, NOW + DAY / 2)).toBeGreaterThan(0);
    const callBacks = locales.flatMap((locale) => phrasesByLocale[locale].promises.callBack);
    const myOverdue = column<string>(
      db,
      "SELECT text FROM promises WHERE status = 'open' AND due_at < ? AND owner_id = ?",
      NOW,
      me,
    );
    expect(myOverdue.filter((text) => callBacks.includes(text)).length).toBeGreaterThanOrEqual(3);
    expect(promises("status = 'open' AND resolved_at IS NOT NULL")).toBe(0);
    expect(promises('due_at <= created_at')).toBe(0);

    const eventFor = (kind: string): number =>
      count(
        db,
        `SELECT count(*) FROM promises p WHERE NOT EXISTS (SELECT 1 FROM events e
           WHERE e.case_id = p.case_id AND e.kind = ? AND json_extract(e.meta, '$.promiseId') = p.id)
           AND ${kind === 'promise_made' ? '1' : kind === 'promise_kept' ? "p.status = 'kept'" : "p.status = 'cancelled'"}`,
        kind,
      );
    expect(eventFor('promise_made')).toBe(0);
    expect(eventFor('promise_kept')).toBe(0);
    expect(eventFor('promise_cancelled')).toBe(0);
    expect(
      count(
        db,
        'SELECT count(*) FROM promises p JOIN cases c ON c.id = p.case_id WHERE p.person_id <> c.person_id',
      ),
    ).toBe(0);
  });

  it('has people who got in touch 3 to 6 times this week across channels, one of them on my desk', () => {
    const repeaters = db
      .prepare(
        `SELECT person_id, count(*) AS contacts, count(DISTINCT channel) AS channels FROM events
          WHERE kind = 'contact' AND direction = 'in' AND created_at >= ? GROUP BY person_id
         HAVING contacts >= 3 AND channels >= 2`,
      )
      .all(NOW - 7 * DAY) as { person_id: string; contacts: number }[];
    expect(repeaters.length).toBeGreaterThanOrEqual(2);
    const onMyDesk = repeaters.filter(
      (r) =>
        count(
          db,
          "SELECT count(*) FROM cases WHERE person_id = ? AND assignee_id = ? AND status <> 'closed'",
          r.person_id,
          me,
        ) > 0,
    );
    expect(onMyDesk.length).toBeGreaterThan(0);
  });

  it('fills the search index of cases and messages as it writes', () => {
    expect(count(db, 'SELECT count(*) FROM cases_fts')).toBe(cases);
    expect(count(db, 'SELECT count(*) FROM events_fts')).toBe(
      count(db, "SELECT count(*) FROM events WHERE body_text <> ''"),
    );
    const first = db
      .prepare('SELECT n, body_text FROM events WHERE case_id = ? ORDER BY n LIMIT 1')
      .get(report.showcase.longCaseId) as { n: number; body_text: string };
    const word = foldForSearch(
      first.body_text.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0] as string,
    );
    expect(column(db, 'SELECT rowid FROM events_fts WHERE events_fts MATCH ?', `"${word}"`)).toContain(
      first.n,
    );
  });
});

describe('the events-per-case override', () => {
  it('makes the benchmark set denser: ~10 events per case', async () => {
    const { db, report } = await seededStore(2000, 3, 10);
    expect(report.events / report.cases).toBeGreaterThan(8.5);
    expect(report.events / report.cases).toBeLessThan(12);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
