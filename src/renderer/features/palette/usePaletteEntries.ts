import { useTranslation } from 'react-i18next';
import type { ActionId } from '../../../shared/domain';
import { actionGroups } from '../../keyboard/actionGroups';
import { INSERT_SAVED_REPLY_EVENT } from '../case/composer/savedReplyEvent';
import { useActions } from '../../keyboard/KeyboardProvider';
import { useNavigation } from '../../shell/Navigation';
import { useWorkspace } from '../../shell/WorkspaceContext';

export interface PaletteEntry {
  /** Unique among all entries; cmdk tells entries apart by it. */
  id: string;
  label: string;
  /** Shown muted under the label (a saved reply's opening words). */
  detail?: string;
  /** The action whose keys are shown beside the label. */
  action?: ActionId;
  /** The language the label is written in, when it may not be the UI's (saved replies). */
  lang?: string;
  disabled: boolean;
  run(): void;
}

export interface PaletteSections {
  places: PaletteEntry[];
  actions: PaletteEntry[];
  savedReplies: PaletteEntry[];
  /** Saved replies go into the open case's composer; without one there is nowhere to put them. */
  caseOpen: boolean;
}

const SNIPPET_LENGTH = 80;

/**
 * Everything the palette offers, read when it opens: the places, every action (greyed out where
 * nothing on this screen handles it) and the saved replies.
 */
export function usePaletteEntries(): PaletteSections {
  const { t } = useTranslation();
  const { screen, navigate } = useNavigation();
  const { info } = useWorkspace();
  const actions = useActions();

  const inboxView = (action: ActionId) => () => {
    navigate({ name: 'inbox' });
    // The view keys belong to the inbox: run this one as soon as the inbox is there.
    actions.runWhenReady(action);
  };
  const places: PaletteEntry[] = [
    { id: 'place:inbox', label: t('nav.inbox'), run: () => navigate({ name: 'inbox' }) },
    { id: 'place:mine', label: t('views.mine'), run: inboxView('go.mine') },
    { id: 'place:team', label: t('views.team'), run: inboxView('go.team') },
    { id: 'place:promises', label: t('views.promises_due'), run: inboxView('go.promises') },
    { id: 'place:search', label: t('nav.search'), run: () => navigate({ name: 'search' }) },
    { id: 'place:goals', label: t('nav.goals'), run: () => navigate({ name: 'goals' }) },
    { id: 'place:settings', label: t('nav.settings'), run: () => navigate({ name: 'settings' }) },
  ].map((place) => ({ ...place, disabled: false }));

  const actionEntries = actionGroups.flatMap(({ actions: ids }) =>
    ids.map((action): PaletteEntry => ({
      id: `action:${action}`,
      label: t(`shortcuts.actions.${action}`),
      action,
      disabled: !actions.has(action),
      run: () => actions.run(action),
    })),
  );

  const caseOpen = screen.name === 'case';
  const savedReplies = info.savedReplies.map((reply): PaletteEntry => ({
    id: `reply:${reply.id}`,
    label: reply.title,
    detail:
      reply.bodyText.length > SNIPPET_LENGTH ? `${reply.bodyText.slice(0, SNIPPET_LENGTH)}…` : reply.bodyText,
    lang: reply.locale,
    disabled: !caseOpen,
    run: () =>
      window.dispatchEvent(new CustomEvent(INSERT_SAVED_REPLY_EVENT, { detail: { replyId: reply.id } })),
  }));

  return { places, actions: actionEntries, savedReplies, caseOpen };
}
