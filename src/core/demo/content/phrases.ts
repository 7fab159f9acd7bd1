/** The three kinds of organisation the demo's teams serve. */
export type Domain = 'bank' | 'agency' | 'utility';
export type TextLocale = 'sv' | 'nb' | 'en';
export const textLocales: readonly TextLocale[] = ['sv', 'nb', 'en'];

/** A reason to get in touch: the case subject and what the person first writes or says. */
export interface Topic {
  subject: string;
  openings: readonly string[];
}

/**
 * Everything the demo writes, in one language. Placeholders: {first} the person's (preferred) first name,
 * {agent} the writing agent's first name, {to} the colleague a case is handed to, {amount} a sum of money,
 * {weekday} a day of the week, {meter} a meter reading.
 */
export interface Phrases {
  topics: Record<Domain, readonly Topic[]>;
  /** Later messages from the person on the same case. */
  followUps: readonly string[];
  /** Written replies to the person. */
  replies: readonly string[];
  /** What an agent logs after calling the person. */
  callSummaries: readonly string[];
  /** Prefixes of a call or a front-desk visit the agent logged from the person's words. */
  incomingCall: string;
  frontDeskVisit: string;
  /** Internal notes, never shown to the person: any case, and cases of one domain. */
  notes: readonly string[];
  domainNotes: Record<Domain, readonly string[]>;
  handovers: readonly string[];
  promises: { callBack: readonly string[]; other: Record<Domain, readonly string[]> };
  /** What the agent writes on keeping a call-back promise, or any other. */
  promiseKept: { callBack: readonly string[]; other: readonly string[] };
  promiseCancelled: readonly string[];
  /** "What matters to them": one or two of these make a person note. */
  personNotes: readonly string[];
  /** For people who need an interpreter; {language} is one of `languageNames`. */
  interpreterNote: string;
  languageNames: Readonly<Record<string, string>>;
  savedReplies: readonly { title: string; body: readonly string[] }[];
  weekdays: readonly string[];
  money(amount: number): string;
}

/** Groups thousands with a plain space, as Nordic texts write them, independent of the machine's ICU data. */
export function groupThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
