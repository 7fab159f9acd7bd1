import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { CasePromise, InboxRow } from '../../../src/shared/domain';
import type { EventDescription } from '../../../src/renderer/features/case/describeEvent';
import {
  languageNames,
  namingTheCase,
  openPromises,
  parseLanguages,
  repeatSignalText,
} from '../../../src/renderer/features/person/personText';
import { setupI18n } from '../../../src/renderer/i18n/setup';

const translators: Record<'en' | 'sv' | 'nb', TFunction> = {} as Record<'en' | 'sv' | 'nb', TFunction>;
beforeAll(async () => {
  for (const locale of ['en', 'sv', 'nb'] as const)
    translators[locale] = (await setupI18n(locale)).t as TFunction;
});

describe('the repeat-contact signal on the person view', () => {
  it('counts contacts and names the channels they came through', () => {
    expect(repeatSignalText({ contacts7d: 4, channels7d: ['email', 'phone'] }, translators.en)).toBe(
      '4 contacts in 7 days via email, phone',
    );
    expect(repeatSignalText({ contacts7d: 4, channels7d: ['email', 'phone'] }, translators.sv)).toBe(
      '4 kontakter på 7 dagar via e-post, telefon',
    );
    expect(repeatSignalText({ contacts7d: 4, channels7d: ['webform', 'visit'] }, translators.nb)).toBe(
      '4 kontakter på 7 dager via nettskjema, besøk',
    );
  });

  it('uses the singular for one contact in every language', () => {
    const one = { contacts7d: 1, channels7d: ['chat' as const] };
    expect(repeatSignalText(one, translators.en)).toBe('1 contact in 7 days via chat');
    expect(repeatSignalText(one, translators.sv)).toBe('1 kontakt på 7 dagar via chatt');
    expect(repeatSignalText(one, translators.nb)).toBe('1 kontakt på 7 dager via chat');
  });

  it('says so when there was no contact this week', () => {
    const none = { contacts7d: 0, channels7d: [] };
    expect(repeatSignalText(none, translators.en)).toBe('No contact in the last 7 days');
    expect(repeatSignalText(none, translators.sv)).toBe('Ingen kontakt de senaste 7 dagarna');
    expect(repeatSignalText(none, translators.nb)).toBe('Ingen kontakt de siste 7 dagene');
  });
});

describe('languages', () => {
  it('are shown as words in the UI language', () => {
    expect(languageNames(['sv', 'en'], 'en')).toEqual(['Swedish', 'English']);
    expect(languageNames(['sv', 'nb'], 'sv')).toEqual(['svenska', 'norskt bokmål']);
    expect(languageNames(['en'], 'nb')).toEqual(['engelsk']);
  });

  it('keep a code Intl does not know as it was stored', () => {
    expect(languageNames(['x'], 'en')).toEqual(['x']);
  });

  it('are typed as codes in any case, with commas or spaces, without repeats', () => {
    expect(parseLanguages('sv, EN  nb,sv')).toEqual(['sv', 'en', 'nb']);
    expect(parseLanguages('  ')).toEqual([]);
    expect(parseLanguages('pt-BR')).toEqual(['pt-br']);
  });

  it('refuse what is not a language code', () => {
    expect(parseLanguages('Swedish!')).toBeNull();
    expect(parseLanguages('s')).toBeNull();
  });
});

const caseRow = (id: string, ref: string, subject: string): InboxRow => ({
  id,
  ref,
  personId: 'p',
  personName: 'Åsa Ångström',
  channel: 'email',
  subject,
  snippet: '',
  status: 'open',
  priority: 'normal',
  assigneeId: null,
  assigneeName: null,
  createdAt: 0,
  lastContactAt: 0,
  unread: false,
  promiseDueAt: null,
  repeat: { contacts7d: 0, channels7d: [] },
});

const promise = (id: string, dueAt: number, status: CasePromise['status'], caseId = 'c1'): CasePromise => ({
  id,
  caseId,
  personId: 'p',
  text: `promise ${id}`,
  dueAt,
  ownerId: 'a',
  status,
  createdAt: 0,
  createdBy: 'a',
  resolvedAt: null,
  resolutionNote: null,
});

describe('open promises', () => {
  it('come soonest first, without kept or cancelled ones, overdue ones marked', () => {
    const now = 1_000;
    const shown = openPromises(
      [promise('late', 2_000, 'open'), promise('kept', 10, 'kept'), promise('early', 500, 'open', 'c2')],
      [caseRow('c1', 'K-1', 'Invoice'), caseRow('c2', 'K-2', 'Move')],
      now,
    );
    expect(shown.map((p) => [p.promise.id, p.overdue, p.caseRow?.ref])).toEqual([
      ['early', true, 'K-2'],
      ['late', false, 'K-1'],
    ]);
  });
});

describe('an event on the person history', () => {
  const description: EventDescription = {
    variant: 'in',
    heading: 'Email from Åsa Ångström',
    when: '12 March 14:02',
    label: 'Email from Åsa Ångström, 12 March 14:02',
    details: ['Duration 4 min'],
  };

  it('names its case in its accessible name and in what it shows', () => {
    const named = namingTheCase(description, caseRow('c1', 'K-2026-00042', 'Invoice'), translators.en);
    expect(named.label).toBe('Email from Åsa Ångström, 12 March 14:02 — case K-2026-00042, Invoice');
    expect(named.details).toEqual(['Case K-2026-00042 · Invoice', 'Duration 4 min']);
    expect(named.heading).toBe(description.heading);
  });

  it('is left as it is when its case is not among the person’s', () => {
    expect(namingTheCase(description, undefined, translators.sv)).toBe(description);
  });
});
