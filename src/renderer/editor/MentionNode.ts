import {
  $applyNodeReplacement,
  nodeSchema,
  stringValue,
  TextNode,
  withField,
  type EditorConfig,
  type LexicalNode,
  type LexicalParseJSON,
  type NodeKey,
  type SerializedPartial,
  type SerializedTextNode,
  type Spread,
} from 'lexical';

/** A mention keeps the colleague's id beside the visible "@Name", so a renamed colleague is still found. */
export type SerializedMentionNode = Spread<{ agentId: string }, SerializedTextNode>;

const mentionSchema = nodeSchema<MentionNode>()({
  agentId: withField(stringValue(), { field: '__agentId' }),
});

// The serialized shape this node exports; the implementation is the schema-driven LexicalNode.exportJSON.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface MentionNode {
  exportJSON(compact?: false): SerializedMentionNode;
  exportJSON(compact: boolean): SerializedPartial<SerializedMentionNode>;
  updateFromJSON(serializedNode: LexicalParseJSON<SerializedMentionNode>): this;
}

/** "@Karin Berg" in a note: one token (deleted whole, never typed into), styled as a mention. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class MentionNode extends TextNode {
  __agentId: string;

  override $config() {
    return this.config('mention', { extends: TextNode, json: mentionSchema });
  }

  static override clone(node: MentionNode): MentionNode {
    return new MentionNode(node.__agentId, node.__text, node.__key);
  }

  constructor(agentId = '', text = '', key?: NodeKey) {
    super(text, key);
    this.__agentId = agentId;
  }

  getAgentId(): string {
    return this.getLatest().__agentId;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.className = 'rich-text__mention';
    dom.spellcheck = false;
    return dom;
  }

  override isTextEntity(): true {
    return true;
  }

  override canInsertTextBefore(): boolean {
    return false;
  }

  override canInsertTextAfter(): boolean {
    return false;
  }
}

export function $createMentionNode(agentId: string, name: string): MentionNode {
  const node = new MentionNode(agentId, `@${name}`);
  // Token: the caret cannot enter it and Backspace removes the whole mention.
  node.setMode('token').toggleDirectionless();
  return $applyNodeReplacement(node);
}

export function $isMentionNode(node: LexicalNode | null | undefined): node is MentionNode {
  return node instanceof MentionNode;
}
