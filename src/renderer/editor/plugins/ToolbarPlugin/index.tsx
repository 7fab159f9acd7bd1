import { $isLinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import { $getSelection, $isRangeSelection, FORMAT_TEXT_COMMAND } from 'lexical';
import { useEffect, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { $blockKindAtSelection, toggleBlock, type BlockKind } from '../../blockFormat';
import { focusEditor } from '../../insertSavedReply';
import { displayKeys } from '../../shortcuts';
import { BoldIcon, BulletListIcon, ItalicIcon, NumberedListIcon, QuoteIcon } from './icons';
import { LinkPopover } from './LinkPopover';
import { RovingContext, ToolbarButton } from './ToolbarButton';

interface Formats {
  bold: boolean;
  italic: boolean;
  block: BlockKind;
  linkUrl: string | null;
}

function $readFormats(): Formats {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return { bold: false, italic: false, block: 'paragraph', linkUrl: null };
  const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    block: $blockKindAtSelection(),
    linkUrl: $isLinkNode(link) ? link.getURL() : null,
  };
}

/**
 * A small formatting toolbar above the text: bold, italic, lists, quote, link, and whatever the screen
 * adds (`children`, e.g. the saved-reply picker). Buttons show what applies at the caret (aria-pressed)
 * and return focus to the text after use. One Tab stop; arrows, Home and End move inside.
 */
export function ToolbarPlugin({ children }: { children?: ReactNode }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [formats, setFormats] = useState<Formats>({
    bold: false,
    italic: false,
    block: 'paragraph',
    linkUrl: null,
  });
  const [active, setActive] = useState('bold');
  const roving = useMemo(() => ({ active, setActive }), [active]);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read($readFormats);
        // Most keystrokes change no format; keep the same object so the toolbar does not re-render.
        setFormats((prev) =>
          prev.bold === next.bold &&
          prev.italic === next.italic &&
          prev.block === next.block &&
          prev.linkUrl === next.linkUrl
            ? prev
            : next,
        );
      }),
    [editor],
  );

  const run = (action: () => void) => () => {
    action();
    focusEditor(editor);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[data-toolbar-item]')];
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const last = buttons.length - 1;
    const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: last }[event.key];
    if (next === undefined || current < 0) return;
    event.preventDefault();
    buttons[(next + buttons.length) % buttons.length]?.focus();
  };

  return (
    <RovingContext.Provider value={roving}>
      <div
        role="toolbar"
        aria-label={t('editor.toolbar.label')}
        className="editor-toolbar"
        onKeyDown={onKeyDown}
      >
        <ToolbarButton
          item="bold"
          label={t('editor.toolbar.bold')}
          keys={displayKeys('Mod+B')}
          pressed={formats.bold}
          onClick={run(() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'))}
        >
          <BoldIcon />
        </ToolbarButton>
        <ToolbarButton
          item="italic"
          label={t('editor.toolbar.italic')}
          keys={displayKeys('Mod+I')}
          pressed={formats.italic}
          onClick={run(() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic'))}
        >
          <ItalicIcon />
        </ToolbarButton>
        <ToolbarButton
          item="bullet"
          label={t('editor.toolbar.bulletList')}
          keys={displayKeys('Mod+Shift+8')}
          pressed={formats.block === 'bullet'}
          onClick={run(() => toggleBlock(editor, 'bullet'))}
        >
          <BulletListIcon />
        </ToolbarButton>
        <ToolbarButton
          item="number"
          label={t('editor.toolbar.numberedList')}
          keys={displayKeys('Mod+Shift+7')}
          pressed={formats.block === 'number'}
          onClick={run(() => toggleBlock(editor, 'number'))}
        >
          <NumberedListIcon />
        </ToolbarButton>
        <ToolbarButton
          item="quote"
          label={t('editor.toolbar.quote')}
          keys={displayKeys('Mod+Shift+9')}
          pressed={formats.block === 'quote'}
          onClick={run(() => toggleBlock(editor, 'quote'))}
        >
          <QuoteIcon />
        </ToolbarButton>
        <LinkPopover currentUrl={formats.linkUrl} />
        {children}
      </div>
    </RovingContext.Provider>
  );
}
