import {
  BOLD_ITALIC_STAR,
  BOLD_STAR,
  ITALIC_STAR,
  ORDERED_LIST,
  QUOTE,
  UNORDERED_LIST,
  type Transformer,
} from '@lexical/markdown';
import { AutoFocusPlugin } from '@lexical/react/LexicalAutoFocusPlugin';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $createParagraphNode, $getRoot, type EditorState } from 'lexical';
import { useCallback, useEffect, useRef, useState, type Ref } from 'react';
import type { Agent, SavedReply } from '../../shared/domain';
import { editorNodes } from './nodes';
import { CleanPastePlugin } from './plugins/CleanPastePlugin';
import { EditorHandlePlugin, type RichTextEditorHandle } from './plugins/EditorHandlePlugin';
import { EscapeAndSendPlugin } from './plugins/EscapeAndSendPlugin';
import { FormattingShortcutsPlugin } from './plugins/FormattingShortcutsPlugin';
import { LinksPlugin } from './plugins/LinksPlugin';
import { MentionsPlugin } from './plugins/MentionsPlugin';
import { SavedRepliesPlugin } from './plugins/SavedRepliesPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { $loadSerializedState } from './richTextState';
import { editorTheme } from './theme';
import './editor.css';

export type { RichTextEditorHandle } from './plugins/EditorHandlePlugin';

export interface RichTextEditorProps {
  /** The accessible name of the text area ("Internal note", "What matters to them"). */
  label: string;
  /** Serialized Lexical state to start from; read once on mount (give the editor a `key` to start over). */
  initialState: string | null;
  /** Every change of content (not of the caret alone): serialized state and plain text. */
  onChange(state: string, text: string): void;
  placeholder?: string;
  /** Look: a tinted internal note, a plain reply, or the person note. */
  variant?: 'note' | 'reply' | 'person';
  autoFocus?: boolean;
  /** Insert text or a saved reply, clear, focus or read from outside. */
  editorRef?: Ref<RichTextEditorHandle>;
  /** Colleagues "@" can mention; no mentions without them. */
  mentions?: readonly Agent[];
  /** Saved replies offered by a toolbar button and Mod+Shift+S; no picker without them. */
  savedReplies?: readonly SavedReply[];
  /** Esc in the text: leave the editor (the text stays). Without it, Esc goes on to the app (back). */
  onEscape?(): void;
  /** Id of a visible text that describes the editor (e.g. "only colleagues see this"). */
  describedBy?: string;
}

// Markdown-style typing: "- " or "* " bullets, "1. " numbers, "> " quote, **bold**, *italic*. No markdown
// links: those would bypass the http(s)/mailto check of the link plugin.
const markdownTransformers: Transformer[] = [
  UNORDERED_LIST,
  ORDERED_LIST,
  QUOTE,
  BOLD_ITALIC_STAR,
  BOLD_STAR,
  ITALIC_STAR,
];

function reportError(error: Error): void {
  console.error('editor:', error);
}

/**
 * The one rich text editor of Nära (Lexical): notes, replies and the person note. Formatting by
 * toolbar, keys or markdown shortcuts, links (web and mail only), clean paste, @mentions and saved
 * replies; the plugins live in ./plugins, one folder each, and the node types in ./nodes.ts.
 */
export function RichTextEditor({
  label,
  initialState,
  onChange,
  placeholder,
  variant = 'note',
  autoFocus = false,
  editorRef,
  mentions,
  savedReplies,
  onEscape,
  describedBy,
}: RichTextEditorProps) {
  // Read once, like Lexical reads its initial config.
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'nara',
    nodes: editorNodes,
    theme: editorTheme,
    onError: reportError,
    editorState: (): void => {
      if (initialState !== null && $loadSerializedState(initialState)) return;
      $getRoot().append($createParagraphNode());
    },
  }));

  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  const emitChange = useCallback((editorState: EditorState) => {
    const text = editorState.read(() => $getRoot().getTextContent());
    onChangeRef.current(JSON.stringify(editorState.toJSON()), text);
  }, []);

  const placeholderProps =
    placeholder === undefined
      ? {}
      : {
          'aria-placeholder': placeholder,
          placeholder: <div className="rich-editor__placeholder">{placeholder}</div>,
        };

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className={`rich-editor rich-editor--${variant}`}>
        <ToolbarPlugin>{savedReplies && <SavedRepliesPlugin replies={savedReplies} />}</ToolbarPlugin>
        <div className="rich-editor__surface">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="rich-editor__input rich-text"
                aria-label={label}
                aria-multiline
                aria-describedby={describedBy}
                {...placeholderProps}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <LinksPlugin />
      <MarkdownShortcutPlugin transformers={markdownTransformers} />
      <FormattingShortcutsPlugin />
      <CleanPastePlugin />
      <EscapeAndSendPlugin onEscape={onEscape} />
      {mentions && mentions.length > 0 && <MentionsPlugin agents={mentions} />}
      <OnChangePlugin ignoreSelectionChange onChange={emitChange} />
      <EditorHandlePlugin handleRef={editorRef} />
      {autoFocus && <AutoFocusPlugin defaultSelection="rootEnd" />}
    </LexicalComposer>
  );
}
