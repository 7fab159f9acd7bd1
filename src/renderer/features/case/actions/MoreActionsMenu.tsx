import type { KeyboardEvent } from 'react';
import * as Menu from '@radix-ui/react-dropdown-menu';
import { useTranslation } from 'react-i18next';
import { Priority, priorities } from '../../../../shared/domain';
import type { CaseTarget } from './caseTarget';

interface Props {
  target: CaseTarget | null;
  onPriority(priority: Priority): void;
  onMarkUnread(unread: boolean): void;
}

// Letters typed in the open menu are Radix's typeahead, not the app's shortcuts behind it.
const keepKeysInside = (event: KeyboardEvent) => {
  if (event.key !== 'Escape') event.stopPropagation();
};

/** The less frequent case actions, behind one button: priority and read/unread. */
export function MoreActionsMenu({ target, onPriority, onMarkUnread }: Props) {
  const { t } = useTranslation();
  return (
    <Menu.Root modal={false}>
      <Menu.Trigger asChild disabled={target === null}>
        <button type="button" className="button">
          {t('caseActions.more')} <span aria-hidden="true">▾</span>
        </button>
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content className="menu" align="end" sideOffset={4} onKeyDown={keepKeysInside}>
          {target && (
            <>
              <Menu.Item className="menu__item" onSelect={() => onMarkUnread(!target.unread)}>
                {t(target.unread ? 'caseActions.markRead' : 'caseActions.markUnread')}
              </Menu.Item>
              <Menu.Separator className="menu__separator" />
              <Menu.Label className="menu__label">{t('caseActions.priority')}</Menu.Label>
              <Menu.RadioGroup
                value={target.priority}
                onValueChange={(value) => {
                  const parsed = Priority.safeParse(value);
                  if (parsed.success && parsed.data !== target.priority) onPriority(parsed.data);
                }}
              >
                {priorities.map((priority) => (
                  <Menu.RadioItem key={priority} value={priority} className="menu__item">
                    <span className="menu__check" aria-hidden="true">
                      <Menu.ItemIndicator>✓</Menu.ItemIndicator>
                    </span>
                    {t(`priority.${priority}`)}
                  </Menu.RadioItem>
                ))}
              </Menu.RadioGroup>
            </>
          )}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
