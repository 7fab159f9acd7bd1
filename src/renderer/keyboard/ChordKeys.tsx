import { Fragment, memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionId } from '../../shared/domain';
import { chordKeys } from './chordLabel';
import { useKeymap } from './KeyboardProvider';

/**
 * The keys an action answers to now, as keycaps: "Ctrl+K", "g then i", "Enter or o". Remaps included;
 * a screen reader reads the same words. Memoized: the action bars re-render with every selection move.
 */
export const ChordKeys = memo(function ChordKeys({ action }: { action: ActionId }) {
  const { t } = useTranslation();
  const { chordsFor, platform } = useKeymap();
  const chords = chordsFor(action).flatMap((chord) => {
    const keys = chordKeys(chord, platform);
    return keys ? [{ chord, keys }] : [];
  });
  return (
    <span className="chord-keys">
      {chords.map(({ chord, keys }, i) => (
        <Fragment key={chord}>
          {i > 0 && <span className="chord-keys__word">{t('shortcuts.or')}</span>}
          {keys.map((key, j) => (
            <Fragment key={j}>
              {j > 0 && <span className="chord-keys__word">{t('shortcuts.then')}</span>}
              <kbd>{key}</kbd>
            </Fragment>
          ))}
        </Fragment>
      ))}
    </span>
  );
});

/** A chord in plain words as the keyboard shows it: "Ctrl+K", "g then i" (remap messages, filter words). */
export function useChordWords(): (chord: string) => string {
  const { t } = useTranslation();
  const { platform } = useKeymap();
  return (chord) => chordKeys(chord, platform)?.join(` ${t('shortcuts.then')} `) ?? chord;
}

/** The same as ChordKeys in plain words: "Enter or o". */
export function useChordText(): (action: ActionId) => string {
  const { t } = useTranslation();
  const { chordsFor } = useKeymap();
  const words = useChordWords();
  return (action) =>
    chordsFor(action)
      .map(words)
      .join(` ${t('shortcuts.or')} `);
}
