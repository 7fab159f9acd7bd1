import type { TFunction } from 'i18next';
import type { CasePromise, InboxRow, Locale, RepeatSignal } from '../../../shared/domain';
import { intlLocale } from '../../i18n/locale';
import type { EventDescription } from '../case/describeEvent';

/** "4 contacts in 7 days via email, phone", or that there was none. */
export function repeatSignalText(repeat: RepeatSignal, t: TFunction): string {
  if (repeat.contacts7d === 0) return t('person.repeatNone');
  const channels = repeat.channels7d.map((channel) => t(`person.channelWord.${channel}`)).join(', ');
  return t('person.repeat', { count: repeat.contacts7d, channels });
}

const displayNames = new Map<Locale, Intl.DisplayNames>();

/** Language codes as words in the UI language ("sv" → "Swedish" / "svenska"); unknown codes stay as typed. */
export function languageNames(codes: readonly string[], locale: Locale): string[] {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames(intlLocale(locale), { type: 'language', fallback: 'code' });
    displayNames.set(locale, names);
  }
  const words = names;
  return codes.map((code) => {
    try {
      return words.of(code) ?? code;
    } catch {
      // Intl throws on codes that are not well-formed tags (e.g. "x"); show what was stored.
      return code;
    }
  });
}

/** The codes an agent typed ("sv, EN  nb,sv") as the list people.update accepts, or null if one is unusable. */
export function parseLanguages(input: string): string[] | null {
  const codes = input
    .split(/[\s,;]+/)
    .map((code) => code.trim().toLowerCase())
    .filter((code) => code !== '');
  if (codes.some((code) => !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(code) || code.length > 20)) return null;
  return [...new Set(codes)].slice(0, 20);
}

export interface OpenPromise {
  promise: CasePromise;
  overdue: boolean;
  /** The case it belongs to, when it is among the person's cases. */
  caseRow: InboxRow | undefined;
}

/** Promises still to keep, soonest due first, each marked overdue when its time has passed. */
export function openPromises(
  promises: readonly CasePromise[],
  cases: readonly InboxRow[],
  now: number,
): OpenPromise[] {
  const casesById = new Map(cases.map((row) => [row.id, row]));
  return promises
    .filter((promise) => promise.status === 'open')
    .sort((a, b) => a.dueAt - b.dueAt)
    .map((promise) => ({ promise, overdue: promise.dueAt <= now, caseRow: casesById.get(promise.caseId) }));
}

/** A case timeline event's description, told on the person's timeline: it also says which case it is on. */
export function namingTheCase(
  description: EventDescription,
  caseRow: InboxRow | undefined,
  t: TFunction,
): EventDescription {
  if (!caseRow) return description;
  const named = { ref: caseRow.ref, subject: caseRow.subject };
  return {
    ...description,
    label: t('person.inCase', { text: description.label, ...named }),
    details: [t('person.caseTag', named), ...description.details],
  };
}
