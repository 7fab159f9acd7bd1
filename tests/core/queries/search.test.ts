import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S, methods, type ArgsIn } from '../../../src/shared/api';
import { searchAll } from '../../../src/core/queries/search';
import { deferSearchIndex, workOffSearchBacklog } from '../../../src/core/store/searchBacklog';
import { DAY, HOUR, NOW, makeDesk, type Desk } from './fixtures';

function search(desk: Desk, args: ArgsIn<'search.query'>) {
  const result = searchAll(desk.db, desk.ctx, methods['search.query'].args.parse(args));
  return methods['search.query'].result.parse(result).hits;
}

/** Nordic names and text the way agents meet them. */
function nordicDesk() {
  const desk = makeDesk();
  const bjorn = desk.person({ name: 'Bjørn Hansen', createdAt: NOW - 50 * DAY });
  const anna = desk.person({ name: 'Anna Ångström', preferredName: 'Annie' });
  const erik = desk.person({ name: 'Erik Jönsson' });
  const sofie = desk.person({ name: 'Sofie Kærgaard' });
  const lena = desk.person({
    name: 'Lena Nilsson',
    noteText: 'Bjørn är hennes son och sköter hennes ärenden.',
  });
  const bjornsCase = desk.caseOf({
    personId: bjorn,
    subject: 'Elräkning för Bjørn',
    ref: 'K-2026-00042',
    lastContactAt: NOW - DAY,
  });
  const annasCase = desk.caseOf({ personId: anna, subject: 'Mätaravläsning i mars' });
  const sofiesCase = desk.caseOf({ personId: sofie, subject: 'Brev om arv' });
  const message = desk.event({
    caseId: bjornsCase,
    bodyText: 'Hej, det är Bjørn. Jag undrar över räkningen.',
    createdAt: NOW - 2 * HOUR,
  });
  const note = desk.event({
    caseId: annasCase,
    kind: 'note',
    authorId: desk.meId,
    bodyText: 'Kunden har fått fel mätaravläsning två gånger.',
    createdAt: NOW - 3 * HOUR,
  });
  const reading = desk.event({
    caseId: annasCase,
    bodyText: 'Min mätaravläsning är 4711.',
    createdAt: NOW - 4 * HOUR,
  });
  const love = desk.event({
    caseId: sofiesCase,
    channel: 'letter',
    bodyText: 'Skrivet med kærlighet till min mor.',
  });
  return { desk, bjorn, anna, erik, sofie, lena, bjornsCase, annasCase, message, note, reading, love };
}

describe('search finds Nordic text typed without Nordic letters', () => {
  const d = nordicDesk();
  it.each([
    ['angstrom', 'Anna Ångström'],
    ['bjorn', 'Bjørn Hansen'],
    ['jonsson', 'Erik Jönsson'],
    ['kaergaard', 'Sofie Kærgaard'],
    ['ÅNGSTRÖM', 'Anna Ångström'],
  ])('"%s" finds %s', (q, name) => {
    const hits = search(d.desk, { q, kinds: ['person'] });
    expect(hits[0]?.title).toBe(name);
  });

  it('"kaerlighet" finds the letter about kærlighet, marking the original word', () => {
    const hits = search(d.desk, { q: 'kaerlighet' });
    expect(hits).toEqual([
      expect.objectContaining({
        kind: 'message',
        id: d.love,
        personId: d.sofie,
        snippet: `Skrivet med ${S}kærlighet${E} till min mor.`,
      }),
    ]);
  });

  it.each(['bjø', 'bjo', 'Bj', 'BJOR'])('finds Bjørn while typing "%s"', (q) => {
    const names = search(d.desk, { q, kinds: ['person'] }).map((h) => h.title);
    expect(names[0]).toBe('Bjørn Hansen');
  });

  it('needs every word to match', () => {
    expect(search(d.desk, { q: 'bjorn hansen', kinds: ['person'] }).map((h) => h.id)).toEqual([d.bjorn]);
    expect(search(d.desk, { q: 'bjorn jonsson' })).toEqual([]);
  });

  it('finds a case by its ref or subject, titled with both', () => {
    for (const q of ['K-2026-00042', 'k 2026 0004', 'elrakning']) {
      expect(search(d.desk, { q, kinds: ['case'] })).toEqual([
        expect.objectContaining({
          kind: 'case',
          id: d.bjornsCase,
          caseId: d.bjornsCase,
          personId: d.bjorn,
          title: 'K-2026-00042 Elräkning för Bjørn',
        }),
      ]);
    }
  });
});

describe('search ranks and shapes its hits', () => {
  it('puts people whose name matches first, then cases, then people found by their note, then messages and notes', () => {
    const d = nordicDesk();
    const hits = search(d.desk, { q: 'bjørn' });
    expect(hits.map((h) => [h.kind, h.id])).toEqual([
      ['person', d.bjorn],
      ['case', d.bjornsCase],
      ['person', d.lena],
      ['message', d.message],
    ]);
    expect(hits[0]).toMatchObject({
      title: 'Bjørn Hansen',
      snippet: `${S}Bjørn${E} Hansen`,
      caseId: null,
      at: NOW - 50 * DAY,
    });
    expect(hits[2]).toMatchObject({
      title: 'Lena Nilsson',
      snippet: `${S}Bjørn${E} är hennes son och sköter hennes ärenden.`,
    });
    expect(hits[3]).toMatchObject({ caseId: d.bjornsCase, personId: d.bjorn, at: NOW - 2 * HOUR });
  });

  it('tells internal notes from customer messages, and filters by kind', () => {
    const d = nordicDesk();
    const all = search(d.desk, { q: 'mataravlasning' });
    expect(all[0]).toMatchObject({ kind: 'case', id: d.annasCase });
    expect(all.slice(1)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'note', id: d.note, caseId: d.annasCase, personId: d.anna }),
        expect.objectContaining({ kind: 'message', id: d.reading, caseId: d.annasCase, personId: d.anna }),
      ]),
    );
    expect(all).toHaveLength(3);
    expect(search(d.desk, { q: 'mataravlasning', kinds: ['note'] }).map((h) => h.id)).toEqual([d.note]);
    expect(search(d.desk, { q: 'mataravlasning', kinds: ['message'] }).map((h) => h.id)).toEqual([d.reading]);
    expect(search(d.desk, { q: 'mataravlasning', kinds: [] })).toEqual([]);
  });

  it('ranks the closer match first within a kind', () => {
    const d = nordicDesk();
    const caseId = d.annasCase;
    const dense = d.desk.event({ caseId, bodyText: 'Faktura faktura faktura.', createdAt: NOW - 5 * DAY });
    const sparse = d.desk.event({
      caseId,
      bodyText: 'En lång berättelse om allt möjligt där ordet faktura nämns en gång bland många andra ord.',
      createdAt: NOW - HOUR,
    });
    expect(search(d.desk, { q: 'faktura' }).map((h) => h.id)).toEqual([dense, sparse]);
  });

  it('puts the newer of two equally good matches first', () => {
    const d = nordicDesk();
    const older = d.desk.event({
      caseId: d.annasCase,
      bodyText: 'Ring mig om elavtalet.',
      createdAt: NOW - 3 * DAY,
    });
    const newer = d.desk.event({
      caseId: d.annasCase,
      bodyText: 'Ring mig om elavtalet.',
      createdAt: NOW - DAY,
    });
    expect(search(d.desk, { q: 'elavtalet' }).map((h) => h.id)).toEqual([newer, older]);
  });

  it('respects the limit', () => {
    const d = nordicDesk();
    for (let i = 0; i < 12; i++) d.desk.event({ caseId: d.annasCase, bodyText: `Påminnelse nummer ${i}` });
    expect(search(d.desk, { q: 'paminnelse', limit: 5 })).toHaveLength(5);
    expect(search(d.desk, { q: 'bjorn', limit: 2 }).map((h) => h.kind)).toEqual(['person', 'case']);
  });

  it('leaves out people merged into someone else, and their cases', () => {
    const d = nordicDesk();
    const duplicate = d.desk.person({ name: 'Bjørn Hansen', mergedInto: d.bjorn });
    const oldCase = d.desk.caseOf({ personId: duplicate, subject: 'Gammalt ärende om Bjørn' });
    d.desk.event({ caseId: oldCase, bodyText: 'Bjørn skrev från en annan adress.' });
    const hits = search(d.desk, { q: 'bjorn' });
    expect(hits.map((h) => h.personId)).not.toContain(duplicate);
    expect(hits.filter((h) => h.kind === 'person').map((h) => h.id)).toEqual([d.bjorn, d.lena]);
  });
});

describe('search never trips over what was typed', () => {
  const d = nordicDesk();
  it.each([
    '"',
    'AND',
    'OR',
    'NOT',
    '(',
    ')',
    '*',
    '^',
    ':',
    'a"b',
    'NEAR(',
    'NEAR(a b',
    '{name}:',
    '-',
    '""',
    "'",
    '+',
    'name:bjorn',
  ])('%j returns without error', (q) => {
    expect(() => search(d.desk, { q })).not.toThrow();
  });

  it.each(['', ' ', '   \t\n', '"" ()', '*:^'])('%j finds nothing', (q) => {
    expect(search(d.desk, { q })).toEqual([]);
  });

  it('still finds Bjørn around stray syntax', () => {
    for (const q of ['bjorn"', '"bjorn', 'bjorn &', '(bjorn)', 'bjorn*', '^bjorn:', '"bjorn"']) {
      expect(search(d.desk, { q, kinds: ['person'] }).map((h) => h.id)).toContain(d.bjorn);
    }
  });
});

describe('search while the desk still builds its index (a first sync)', () => {
  it('says so, finds what is indexed, and finds the rest once the backlog has run', async () => {
    const desk = makeDesk();
    desk.person({ name: 'Bjørn Hansen' });
    deferSearchIndex(desk.db);
    desk.person({ name: 'Bjørn Ødegård' });
    const during = methods['search.query'].result.parse(
      searchAll(desk.db, desk.ctx, methods['search.query'].args.parse({ q: 'bjorn' })),
    );
    expect(during.indexing).toBe(true);
    expect(during.hits.map((h) => h.title)).toEqual(['Bjørn Hansen']);

    await workOffSearchBacklog(desk.db);
    const after = searchAll(desk.db, desk.ctx, methods['search.query'].args.parse({ q: 'bjorn' }));
    expect(after.indexing).toBe(false);
    expect(after.hits.map((h) => h.title).sort()).toEqual(['Bjørn Hansen', 'Bjørn Ødegård']);
  });
});
