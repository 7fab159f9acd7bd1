import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  BLUR_COMMAND,
  COMMAND_PRIORITY_HIGH,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_UP_COMMAND,
  KEY_ENTER_COMMAND,
  KEY_ESCAPE_COMMAND,
  KEY_TAB_COMMAND,
  type TextNode,
} from 'lexical';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Agent } from '../../../../shared/domain';
import { findMentionQuery, matchAgents } from '../../mentionMatch';
import { $createMentionNode, $isMentionNode } from '../../MentionNode';

interface Typed {
  node: TextNode;
  start: number;
  end: number;
  query: string;
}

/** The "@name" being typed just before the caret, if the caret is in plain text. */
function $typedMention(): Typed | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const node = selection.anchor.getNode();
  if (!$isTextNode(node) || $isMentionNode(node) || !node.isSimpleText()) return null;
  const end = selection.anchor.offset;
  const found = findMentionQuery(node.getTextContent().slice(0, end));
  return found ? { node, start: found.start, end, query: found.query } : null;
}

/** Where the list goes: under the caret, or above it when the caret is near the bottom (the composer is). */
interface Placement {
  left: number;
  top?: number;
  bottom?: number;
}

interface Menu extends Placement {
  /** Identifies this "@" so an Esc keeps the list closed until another one is typed. */
  key: string;
  query: string;
}

/** Room the list needs: MENTION_LIMIT rows of about 30 px. */
const MENU_HEIGHT_PX = 260;
const GAP_PX = 4;

function placeAtCaret(): Placement {
  const selection = window.getSelection();
  const rect = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : null;
  if (!rect) return { left: 0, top: 0 };
  const roomBelow = window.innerHeight - rect.bottom;
  if (roomBelow < MENU_HEIGHT_PX && rect.top > roomBelow) {
    return { left: rect.left, bottom: window.innerHeight - rect.top + GAP_PX };
  }
  return { left: rect.left, top: rect.bottom + GAP_PX };
}

/**
 * "@" and letters open a list of matching colleagues under the caret. Arrows move, Enter or Tab picks
 * (a mention node carrying the colleague's id), Esc closes. The editor stays focused throughout and
 * points screen readers at the active option (aria-activedescendant).
 */
export function MentionsPlugin({ agents }: { agents: readonly Agent[] }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const listId = useId();
  const [menu, setMenu] = useState<Menu | null>(null);
  const [active, setActive] = useState(0);
  const dismissed = useRef<string | null>(null);
  const lastTyped = useRef<string | null>(null);
  const matches = useMemo(() => (menu ? matchAgents(agents, menu.query) : []), [agents, menu]);
  const open = menu !== null && matches.length > 0;
  const activeIndex = Math.min(active, matches.length - 1);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const typed = editorState.read(() => {
            const found = $typedMention();
            return found && { key: `${found.node.getKey()}:${found.start}`, query: found.query };
          });
          if (!typed || typed.key === dismissed.current) {
            if (!typed) dismissed.current = null;
            setMenu(null);
            return;
          }
          // A new "@" or more letters: the best match comes first again.
          const typing = `${typed.key}|${typed.query}`;
          if (lastTyped.current !== typing) setActive(0);
          lastTyped.current = typing;
          setMenu({ ...typed, ...placeAtCaret() });
        }),
        editor.registerCommand(
          BLUR_COMMAND,
          () => {
            setMenu(null);
            return false;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );

  const pick = useCallback(
    (agent: Agent) => {
      editor.update(() => {
        const typed = $typedMention();
        if (!typed) return;
        const parts = typed.node.splitText(typed.start, typed.end);
        const target = typed.start === 0 ? parts[0] : parts[1];
        if (!target) return;
        const mention = $createMentionNode(agent.id, agent.name);
        target.replace(mention);
        const space = $createTextNode(' ');
        mention.insertAfter(space);
        space.select(1, 1);
      });
      setMenu(null);
    },
    [editor],
  );

  useEffect(() => {
    if (!open) return undefined;
    const handled = (event: KeyboardEvent | null) => {
      event?.preventDefault();
      event?.stopImmediatePropagation();
      return true;
    };
    const chosen = matches[activeIndex];
    return mergeRegister(
      editor.registerCommand(
        KEY_ARROW_DOWN_COMMAND,
        (event) => {
          setActive((i) => (i + 1) % matches.length);
          return handled(event);
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        KEY_ARROW_UP_COMMAND,
        (event) => {
          setActive((i) => (i - 1 + matches.length) % matches.length);
          return handled(event);
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          if (!chosen || event?.shiftKey || event?.ctrlKey || event?.metaKey) return false;
          pick(chosen);
          return handled(event);
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        KEY_TAB_COMMAND,
        (event) => {
          if (!chosen) return false;
          pick(chosen);
          return handled(event);
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        KEY_ESCAPE_COMMAND,
        (event) => {
          dismissed.current = menu.key;
          setMenu(null);
          return handled(event);
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor, open, matches, activeIndex, menu, pick]);

  // The editor (a textbox) owns the list while it is open, so the active option is announced as it moves.
  const optionId = (i: number) => `${listId}-option-${i}`;
  useEffect(() => {
    const root = editor.getRootElement();
    if (!root || !open) return undefined;
    root.setAttribute('aria-autocomplete', 'list');
    root.setAttribute('aria-controls', listId);
    root.setAttribute('aria-activedescendant', optionId(activeIndex));
    return () => {
      root.removeAttribute('aria-controls');
      root.removeAttribute('aria-activedescendant');
    };
  });

  if (!open) return null;
  return createPortal(
    <ul
      id={listId}
      role="listbox"
      aria-label={t('editor.mentions.label')}
      className="mention-menu"
      style={{ top: menu.top, bottom: menu.bottom, left: menu.left }}
    >
      {matches.map((agent, i) => (
        <li
          key={agent.id}
          id={optionId(i)}
          role="option"
          aria-selected={i === activeIndex}
          className="mention-menu__option"
          // Keep the caret in the editor; the click picks.
          onMouseDown={(event) => event.preventDefault()}
          onMouseEnter={() => setActive(i)}
          onClick={() => pick(agent)}
        >
          {agent.name}
        </li>
      ))}
    </ul>,
    document.body,
  );
}
