import type { ActionId } from '../../shared/domain';

export type ActionGroup = 'navigation' | 'case' | 'composer';

/** Every action in the order the shortcut help, Settings and the palette list them, by what it works on. */
export const actionGroups: ReadonlyArray<{ group: ActionGroup; actions: readonly ActionId[] }> = [
  {
    group: 'navigation',
    actions: [
      'list.next',
      'list.previous',
      'list.open',
      'nav.back',
      'go.inbox',
      'go.mine',
      'go.team',
      'go.promises',
      'search.focus',
      'palette.open',
      'help.shortcuts',
    ],
  },
  {
    group: 'case',
    actions: [
      'case.note',
      'case.reply',
      'case.logContact',
      'case.promise',
      'case.assign',
      'case.resolve',
      'case.snooze',
      'case.markWaiting',
    ],
  },
  { group: 'composer', actions: ['composer.send'] },
];
