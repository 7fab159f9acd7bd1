import { editorStrings } from '../features/editor';
import { caseActionsStrings } from '../features/caseActions';
import { promisesStrings } from '../features/promises';
import { logContactStrings } from '../features/logContact';
import { personStrings } from '../features/person';
import { paletteStrings } from '../features/palette';
import { shortcutsStrings } from '../features/shortcuts';
import { settingsStrings } from '../features/settings';
import { searchStrings } from '../features/search';
import { goalsStrings } from '../features/goals';
import { hubAccountStrings } from '../features/sync';
/**
 * English strings. One object per language, grouped by screen; sv.ts and nb.ts must have exactly
 * these keys (the type below and tests/renderer/i18n.test.ts both check). Plurals use i18next's
 * `_one` / `_other` suffixes; counts and dates are formatted with Intl, never by hand.
 */
export const en = {
  app: {
    name: 'Nära',
    loading: 'Opening the desk…',
    loadFailed: 'Nära could not reach the desk.',
    retry: 'Try again',
    skipToContent: 'Skip to content',
  },
  nav: {
    label: 'Places',
    inbox: 'Inbox',
    search: 'Search',
    goals: 'Goals',
    settings: 'Settings',
  },
  sync: {
    label: 'Sync',
    local: 'Local workspace',
    offline_one: 'Offline — {{count}} change waiting',
    offline_other: 'Offline — {{count}} changes waiting',
    syncing: 'Syncing…',
    synced: 'Synced {{time}}',
    syncedNever: 'Not synced yet',
    error: 'Sync failed',
    errorWithMessage: 'Sync failed: {{message}}',
    loginRequired: 'Sign in to sync',
    connecting: 'Connecting…',
    reconnecting: 'Connection lost — reconnecting…',
    sessionEnded: 'Session ended — open the link the host printed',
  },
  views: {
    label: 'Views',
    mine: 'Mine',
    my_people: 'My people',
    team: 'Team',
    unassigned: 'Unassigned',
    promises_due: 'Promises due',
    waiting: 'Waiting',
    snoozed: 'Snoozed',
    closed: 'Closed',
    withCount_one: '{{view}}, {{count, number}} case',
    withCount_other: '{{view}}, {{count, number}} cases',
  },
  channels: {
    email: 'Email',
    phone: 'Phone',
    chat: 'Chat',
    webform: 'Web form',
    letter: 'Letter',
    visit: 'Visit',
  },
  channelFilter: {
    label: 'Channel',
    all: 'All channels',
  },
  status: {
    open: 'Open',
    waiting: 'Waiting',
    snoozed: 'Snoozed',
    closed: 'Closed',
  },
  priority: {
    low: 'Low',
    normal: 'Normal',
    high: 'High',
    urgent: 'Urgent',
  },
  inbox: {
    label: 'Inbox',
    total_one: '{{count, number}} case',
    total_other: '{{count, number}} cases',
    loadingRow: 'Loading…',
    empty: 'No cases in this view.',
    loadFailed: 'The list could not be loaded.',
    unread: 'Unread',
    unassigned: 'Unassigned',
    assignedTo: 'Assigned to {{name}}',
    lastContact: 'Last contact {{age}}',
    promiseDue: 'Promise due {{when}}',
    promiseOverdue: 'Promise overdue since {{when}}',
    repeat_one: '{{count}} contact in 7 days',
    repeat_other: '{{count}} contacts in 7 days',
  },
  case: {
    back: 'Back to inbox',
    loading: 'Opening the case…',
    loadFailed: 'This case could not be loaded.',
    details: 'Case details',
    ref: 'Reference',
    status: 'Status',
    priority: 'Priority',
    assignee: 'Assignee',
    channel: 'Channel',
    unassigned: 'Unassigned',
    promiseDue: '{{text}} — due {{when}}',
  },
  timeline: {
    label: 'Case history',
    empty: 'Nothing has happened on this case yet.',
    internalNote: 'Internal note',
    noteLabel: 'Internal note by {{who}}',
    contactIn: '{{what}} from {{who}}',
    contactOut: '{{what}} by {{who}}',
    withTime: '{{text}}, {{when}}',
    unknownAgent: 'an agent',
    systemActor: 'Nära',
    toCustomer: 'Sent to the customer',
    duration: 'Duration {{duration}}',
    contact: {
      email_in: 'Email',
      email_out: 'Email reply',
      phone_in: 'Phone call',
      phone_out: 'Outgoing phone call',
      chat_in: 'Chat message',
      chat_out: 'Chat reply',
      webform_in: 'Web form',
      webform_out: 'Web form reply',
      letter_in: 'Letter',
      letter_out: 'Letter sent',
      visit_in: 'Visit',
      visit_out: 'Visit',
      unknown: 'Contact',
    },
    system: {
      statusChanged: 'Status changed to {{to}} by {{who}}',
      statusChangedPlain: 'Status changed by {{who}}',
      assigned: 'Assigned to {{to}} by {{who}}',
      unassigned: 'Unassigned by {{who}}',
      personalAgentSet: 'Personal agent set to {{to}} by {{who}}',
      personalAgentCleared: 'Personal agent removed by {{who}}',
      priorityChanged: 'Priority changed to {{to}} by {{who}}',
      priorityChangedPlain: 'Priority changed by {{who}}',
      promiseMade: 'Promise made by {{who}}',
      promiseKept: 'Promise kept by {{who}}',
      promiseCancelled: 'Promise cancelled by {{who}}',
      personMerged: 'Person records merged by {{who}}',
    },
  },
  editor: editorStrings.en,
  caseActions: caseActionsStrings.en,
  promises: promisesStrings.en,
  logContact: logContactStrings.en,
  person: personStrings.en,
  palette: paletteStrings.en,
  shortcuts: shortcutsStrings.en,
  settings: settingsStrings.en,
  search: searchStrings.en,
  goals: goalsStrings.en,
  hubAccount: hubAccountStrings.en,
};

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The shape every language file must have: the same keys as English, any text. */
export type Messages = Strings<typeof en>;
