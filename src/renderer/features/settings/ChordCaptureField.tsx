import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChordCapture } from '../../keyboard/chordCapture';
import { useChordWords } from '../../keyboard/ChordKeys';
import { useKeymap } from '../../keyboard/KeyboardProvider';
import { SEQUENCE_TIMEOUT_MS } from '../../keyboard/keymap';

interface Props {
  /** The action's name, for the field's label ("New keys for Next in list"). */
  actionName: string;
  onChord(chord: string): void;
  onCancel(): void;
}

/**
 * Takes the next chord the agent presses, in place of the action's keys. Every key is taken except
 * Tab (the way out for keyboard users) and a plain Esc (cancel). A plain key may start a sequence, so
 * it is kept for as long as the keymap waits between the keys of a sequence, then taken alone.
 */
export function ChordCaptureField({ actionName, onChord, onCancel }: Props) {
  const { t } = useTranslation();
  const { platform } = useKeymap();
  const words = useChordWords();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const capture = useRef<ChordCapture | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const settled = useRef(false);
  const [sofar, setSofar] = useState<string | null>(null);

  useEffect(() => {
    inputRef.current?.focus();
    return () => window.clearTimeout(timer.current);
  }, []);

  const settle = (chord: string | null) => {
    if (settled.current) return;
    settled.current = true;
    window.clearTimeout(timer.current);
    if (chord === null) onCancel();
    else onChord(chord);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Tab' && !event.ctrlKey && !event.metaKey && !event.altKey) return;
    // Taken here, so the key neither types nor runs the shortcut it is bound to now.
    event.preventDefault();
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey;
    if (event.key === 'Escape' && plain) {
      settle(null);
      return;
    }
    capture.current ??= new ChordCapture(platform);
    const step = capture.current.feed(event);
    if (step.kind === 'ignored') return;
    window.clearTimeout(timer.current);
    if (step.kind === 'done') {
      settle(step.chord);
      return;
    }
    setSofar(step.chord);
    timer.current = window.setTimeout(() => settle(capture.current?.finish() ?? null), SEQUENCE_TIMEOUT_MS);
  };

  return (
    <span className="chord-capture">
      <input
        ref={inputRef}
        type="text"
        readOnly
        className="chord-capture__input"
        aria-label={t('settings.keymap.captureLabel', { action: actionName })}
        aria-describedby={hintId}
        value={sofar === null ? '' : words(sofar)}
        onKeyDown={onKeyDown}
        onBlur={() => settle(null)}
      />
      <span id={hintId} className="chord-capture__hint" aria-live="polite">
        {sofar === null
          ? t('settings.keymap.captureHint')
          : t('settings.keymap.captureWaiting', { keys: words(sofar) })}
      </span>
    </span>
  );
}
