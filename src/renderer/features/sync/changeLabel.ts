import type { hubAccountStrings } from '../../i18n/features/sync';

type ChangeWord = keyof typeof hubAccountStrings.en.changes;

/** Which words name a refused change (hubAccount.changes.*), by the command that made it. */
const words: Readonly<Record<string, ChangeWord>> = {
  'notes.add': 'note',
  'replies.send': 'reply',
  'contacts.log': 'contact',
  'cases.setStatus': 'status',
  'cases.snooze': 'snooze',
  'cases.setPriority': 'priority',
  'cases.markUnread': 'unread',
  'cases.assign': 'assign',
  'cases.wake': 'wake',
  'promises.make': 'promise',
  'promises.keep': 'promiseKept',
  'promises.cancel': 'promiseCancelled',
  'people.setNote': 'personNote',
  'people.update': 'person',
  'people.setPersonalAgent': 'personalAgent',
  'people.addContactPoint': 'contactPoint',
  'people.merge': 'merge',
  'people.unmerge': 'unmerge',
};

export function changeLabelKey(name: string): `hubAccount.changes.${ChangeWord}` {
  return `hubAccount.changes.${words[name] ?? 'other'}`;
}
