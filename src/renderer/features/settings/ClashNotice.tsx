import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionId } from '../../../shared/domain';
import type { Clash } from '../../keyboard/keymapEdit';
import { useChordWords } from '../../keyboard/ChordKeys';
import { useKeymap } from '../../keyboard/KeyboardProvider';
import { intlLocale } from '../../i18n/locale';
import { useWorkspace } from '../../shell/WorkspaceContext';

interface Props {
  action: ActionId;
  clash: Exclude<Clash, { kind: 'none' }>;
  onSwap(): void;
  onCancel(): void;
}

/**
 * Says what the new keys collide with. A chord another action has can be swapped (that action gets
 * the old keys); one that starts, or is started by, another action's sequence cannot. Focus lands on
 * the way forward: Swap, or Cancel when there is none.
 */
export function ClashNotice({ action, clash, onSwap, onCancel }: Props) {
  const { t } = useTranslation();
  const { chordsFor } = useKeymap();
  const { locale } = useWorkspace();
  const words = useChordWords();
  const firstButton = useRef<HTMLButtonElement>(null);
  useEffect(() => firstButton.current?.focus(), []);

  const name = (id: ActionId) => t(`shortcuts.actions.${id}`);
  const listFormat = new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' });
  const keys = words(clash.chord);
  return (
    <div className="clash" role="alert">
      {clash.kind === 'taken' ? (
        <p className="clash__text">
          {t('settings.keymap.taken', { keys, other: name(clash.other) })}{' '}
          {t('settings.keymap.swapHint', {
            other: name(clash.other),
            old: words(chordsFor(action)[0] ?? ''),
          })}
        </p>
      ) : (
        <p className="clash__text">
          {t('settings.keymap.blocked', { keys, others: listFormat.format(clash.others.map(name)) })}
        </p>
      )}
      <div className="clash__buttons">
        {clash.kind === 'taken' && (
          <button ref={firstButton} type="button" className="button button--primary" onClick={onSwap}>
            {t('settings.keymap.swap')}
          </button>
        )}
        <button
          ref={clash.kind === 'taken' ? undefined : firstButton}
          type="button"
          className="button"
          onClick={onCancel}
        >
          {t('settings.keymap.cancel')}
        </button>
      </div>
    </div>
  );
}
