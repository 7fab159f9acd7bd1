import type { ContactPointKind } from '../../shared/domain';
import { normalizeContactValue } from '../../shared/text/normalizeContactValue';
import { mailLocalPart } from './contactValue';
import { origins, type Country, type Origin } from './content/names';
import { mailDomains, places } from './content/places';
import { type TextLocale } from './content/phrases';
import { phrasesByLocale } from './content/phrasesByLocale';
import { lexicalFromParagraphs, textFromParagraphs } from '../../shared/text/lexicalText';
import type { Rng } from './prng';
import { seededUuidV7 } from './seededUuidV7';

const DAY = 86_400_000;

export interface DemoContactPoint {
  id: string;
  kind: ContactPointKind;
  value: string;
  normValue: string;
}

export interface DemoPerson {
  id: string;
  name: string;
  preferredName: string | null;
  languages: readonly string[];
  /** Index into the workspace's agents, or -1. */
  personalAgent: number;
  noteRich: string | null;
  noteText: string;
  createdAt: number;
  contactPoints: readonly DemoContactPoint[];
  /** What messages call them by. */
  firstName: string;
  locale: TextLocale;
}

/**
 * People every demo has, whatever its size: tests and demos look them up by name.
 * `notes` index `personNotes` of the person's locale.
 */
interface FixedPerson {
  given: string;
  family: string;
  languages: readonly string[];
  home: Country;
  personalAgent: number;
  notes: readonly number[];
}

export const ME_AGENT_INDEX = 0;

export const fixedPeople: readonly FixedPerson[] = [
  { given: 'Åsa', family: 'Ångström', languages: ['sv', 'en'], home: 'se', personalAgent: 5, notes: [0, 4] },
  { given: 'Bjørn', family: 'Ødegård', languages: ['nb'], home: 'no', personalAgent: 1, notes: [1, 5] },
  {
    given: 'Lena',
    family: 'Jönsson',
    languages: ['sv'],
    home: 'se',
    personalAgent: ME_AGENT_INDEX,
    notes: [],
  },
  { given: 'Siobhán', family: "O'Connor", languages: ['en'], home: 'se', personalAgent: 10, notes: [2] },
];
export const ASA = 0;
export const BJORN = 1;
export const LENA = 2;
export const SIOBHAN = 3;

/** The first of sv, nb, en a person speaks (nn reads Bokmål fine); English otherwise. */
export function textLocaleOf(languages: readonly string[]): TextLocale {
  for (const language of languages) {
    if (language === 'sv' || language === 'nb' || language === 'en') return language;
    if (language === 'nn') return 'nb';
  }
  return 'en';
}

const digits = (rng: Rng, count: number): string => {
  let out = '';
  for (let i = 0; i < count; i++) out += String(rng.int(0, 9));
  return out;
};

/** Phone numbers as people write them in each country, e.g. "+46 70 123 45 67". */
function phoneNumber(rng: Rng, country: Country): string {
  switch (country) {
    case 'se':
      return `+46 7${rng.pick(['0', '2', '3', '6', '9'])} ${digits(rng, 3)} ${digits(rng, 2)} ${digits(rng, 2)}`;
    case 'no':
      return `+47 ${rng.pick(['4', '9'])}${digits(rng, 2)} ${digits(rng, 2)} ${digits(rng, 3)}`;
    case 'dk':
      return `+45 ${rng.int(20, 61)} ${digits(rng, 2)} ${digits(rng, 2)} ${digits(rng, 2)}`;
    case 'fi':
      return `+358 ${rng.pick(['40', '44', '50'])} ${digits(rng, 3)} ${digits(rng, 4)}`;
  }
}

function address(rng: Rng, country: Country): string {
  const place = places[country];
  const door = country === 'fi' && rng.chance(0.5) ? ` ${rng.pick(['A', 'B', 'C'])} ${rng.int(1, 30)}` : '';
  return `${rng.pick(place.streets)} ${rng.int(1, 140)}${door}, ${rng.pick(place.towns)}`;
}

function contactPoints(rng: Rng, name: string, home: Country, createdAt: number): DemoContactPoint[] {
  const points: [ContactPointKind, string][] = [];
  const wantsMail = rng.chance(0.88);
  if (wantsMail) {
    const suffix = rng.chance(0.3) ? String(rng.int(1, 99)) : '';
    points.push(['email', `${mailLocalPart(name)}${suffix}@${rng.pick(mailDomains[home])}`]);
  }
  if (rng.chance(0.75) || !wantsMail) points.push(['phone', phoneNumber(rng, home)]);
  if (rng.chance(0.35)) points.push(['address', address(rng, home)]);
  return points.map(([kind, value]) => ({
    id: seededUuidV7(rng, createdAt),
    kind,
    value,
    normValue: normalizeContactValue(value),
  }));
}

function personNote(rng: Rng, languages: readonly string[], locale: TextLocale): string[] {
  const phrases = phrasesByLocale[locale];
  const interpreterLanguage = phrases.languageNames[languages[0] ?? ''];
  if (interpreterLanguage && rng.chance(0.4)) {
    return [phrases.interpreterNote.replace('{language}', interpreterLanguage)];
  }
  const first = rng.int(0, phrases.personNotes.length - 1);
  const notes = [phrases.personNotes[first] as string];
  if (rng.chance(0.3)) {
    const second = (first + rng.int(1, phrases.personNotes.length - 1)) % phrases.personNotes.length;
    notes.push(phrases.personNotes[second] as string);
  }
  return notes;
}

function build(
  rng: Rng,
  now: number,
  given: string,
  family: string,
  preferredName: string | null,
  languages: readonly string[],
  home: Country,
  personalAgent: number,
  noteParagraphs: readonly string[],
): DemoPerson {
  // Known to the organisation before any demo case began (cases reach back ~18 months).
  const createdAt = now - 560 * DAY - Math.floor(rng.float() * 1500 * DAY);
  const name = `${given} ${family}`;
  const locale = textLocaleOf(languages);
  return {
    id: seededUuidV7(rng, createdAt),
    name,
    preferredName,
    languages,
    personalAgent,
    noteRich: noteParagraphs.length > 0 ? lexicalFromParagraphs(noteParagraphs) : null,
    noteText: textFromParagraphs(noteParagraphs),
    createdAt,
    contactPoints: contactPoints(rng, name, home, createdAt),
    firstName: preferredName ?? given,
    locale,
  };
}

/** Person number `index` of the workspace: the fixed people first, then made-up ones. */
export function makePerson(rng: Rng, index: number, now: number, agentCount: number): DemoPerson {
  const fixed = fixedPeople[index];
  if (fixed) {
    const notes = phrasesByLocale[textLocaleOf(fixed.languages)].personNotes;
    const paragraphs = fixed.notes.map((i) => notes[i] as string);
    return build(
      rng,
      now,
      fixed.given,
      fixed.family,
      null,
      fixed.languages,
      fixed.home,
      fixed.personalAgent,
      paragraphs,
    );
  }
  const origin: Origin = rng.weighted(origins.map((o) => [o, o.weight] as const));
  const [given, nickname] = rng.pick(origin.given);
  let family = rng.pick(origin.family);
  // The fixed people stay the only ones with their names, so looking them up by name is unambiguous.
  while (fixedPeople.some((fixed) => fixed.given === given && fixed.family === family))
    family = rng.pick(origin.family);
  const preferredName = nickname && rng.chance(0.5) ? nickname : null;
  const languages = rng.pick(origin.languages);
  const home = rng.pick(origin.home);
  const personalAgent = rng.chance(0.6) ? rng.int(0, agentCount - 1) : -1;
  const paragraphs = rng.chance(0.3) ? personNote(rng, languages, textLocaleOf(languages)) : [];
  return build(rng, now, given, family, preferredName, languages, home, personalAgent, paragraphs);
}
