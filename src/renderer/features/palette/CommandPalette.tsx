import { useRef, useState } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { Command } from 'cmdk';
import { useTranslation } from 'react-i18next';
import { ChordKeys } from '../../keyboard/ChordKeys';
import { useKeyAction } from '../../keyboard/KeyboardProvider';
import { useFocusReturn } from '../../ui/useFocusReturn';
import { paletteScore } from './paletteScore';
import { usePaletteEntries, type PaletteEntry } from './usePaletteEntries';
import '../../ui/modal.css';
import './palette.css';

/** cmdk's filter over our own words (the value is an id): every typed word must fit the label. */
const filter = (_value: string, search: string, keywords?: string[]) =>
  paletteScore((keywords ?? []).join(' '), search);

/**
 * The command palette (Ctrl/Cmd+K): every place, every action and every saved reply, filtered as the
 * agent types. Choosing one closes the palette, puts focus back where it was, then runs it — so an
 * action does exactly what its key would have done there. Esc closes and returns focus.
 */
export function CommandPalette() {
  const [open, setOpen] = useState(false);
  useKeyAction('palette.open', () => setOpen((was) => !was));
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Portal>{open && <PaletteContent onClose={() => setOpen(false)} />}</Dialog.Portal>
    </Dialog.Root>
  );
}

/** Mounted only while open, so entries (which actions work here) are read fresh each time. */
function PaletteContent({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const sections = usePaletteEntries();
  const [search, setSearch] = useState('');
  const focusReturn = useFocusReturn();
  const chosen = useRef<PaletteEntry | null>(null);

  const choose = (entry: PaletteEntry) => {
    chosen.current = entry;
    onClose();
  };

  return (
    <>
      <Dialog.Overlay className="modal-overlay" />
      <Dialog.Content
        className="modal palette"
        aria-describedby={undefined}
        onOpenAutoFocus={focusReturn.onOpenAutoFocus}
        onCloseAutoFocus={(event) => {
          // Focus first, so a chosen action runs where the agent was, as its key would have.
          focusReturn.onCloseAutoFocus(event);
          chosen.current?.run();
        }}
      >
        <Dialog.Title className="visually-hidden">{t('palette.title')}</Dialog.Title>
        <Command label={t('palette.title')} filter={filter} loop className="palette__command">
          <Command.Input
            className="palette__input"
            placeholder={t('palette.placeholder')}
            value={search}
            onValueChange={setSearch}
          />
          <Command.List className="palette__list">
            <Command.Empty className="palette__empty">{t('palette.empty')}</Command.Empty>
            <Command.Group heading={t('palette.places')}>
              {sections.places.map((entry) => (
                <PaletteItem key={entry.id} entry={entry} onChoose={choose} />
              ))}
            </Command.Group>
            <Command.Group heading={t('palette.actions')}>
              {sections.actions.map((entry) => (
                <PaletteItem key={entry.id} entry={entry} onChoose={choose} />
              ))}
            </Command.Group>
            {sections.savedReplies.length > 0 && (
              <Command.Group heading={t('palette.savedReplies')}>
                {!sections.caseOpen && <p className="palette__note">{t('palette.openACase')}</p>}
                {sections.savedReplies.map((entry) => (
                  <PaletteItem key={entry.id} entry={entry} onChoose={choose} />
                ))}
              </Command.Group>
            )}
          </Command.List>
        </Command>
      </Dialog.Content>
    </>
  );
}

function PaletteItem({ entry, onChoose }: { entry: PaletteEntry; onChoose(entry: PaletteEntry): void }) {
  const { t } = useTranslation();
  return (
    <Command.Item
      className="palette__item"
      value={entry.id}
      keywords={[entry.label]}
      disabled={entry.disabled}
      onSelect={() => onChoose(entry)}
    >
      <span className="palette__label" lang={entry.lang}>
        {entry.label}
        {entry.detail && <span className="palette__detail">{entry.detail}</span>}
      </span>
      {entry.disabled && entry.action && <span className="palette__unavailable">{t('palette.notHere')}</span>}
      {entry.action && <ChordKeys action={entry.action} />}
    </Command.Item>
  );
}
