import type { ReactNode } from 'react';
import type { ActionId } from '../../../../shared/domain';
import { ChordKeys } from '../../../keyboard/ChordKeys';
import { useKeymap } from '../../../keyboard/KeyboardProvider';

interface Props {
  action: ActionId;
  children: ReactNode;
  onClick(): void;
  disabled?: boolean;
}

/** aria-keyshortcuts for a one-letter chord ("a"); modifier and sequence chords are left to the keycaps. */
function ariaShortcut(chords: readonly string[]): string | undefined {
  const letter = chords.find((chord) => /^\S$/.test(chord));
  return letter;
}

/** A case action for the mouse, labelled in words, with the key that does the same shown beside it. */
export function ActionButton({ action, children, onClick, disabled = false }: Props) {
  const { chordsFor } = useKeymap();
  return (
    <button
      type="button"
      className="button action-button"
      aria-keyshortcuts={ariaShortcut(chordsFor(action))}
      // aria-disabled, not disabled: a disabled button drops the focus it has onto <body>.
      aria-disabled={disabled || undefined}
      onClick={() => !disabled && onClick()}
    >
      {children}
      <span aria-hidden="true">
        <ChordKeys action={action} />
      </span>
    </button>
  );
}
