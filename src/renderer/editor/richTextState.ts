import { $getRoot, $parseSerializedNode, type LexicalNode, type SerializedLexicalNode } from 'lexical';

/** The top-level nodes of a serialized editor state; null when `json` is not one. */
function serializedBlocks(json: string): SerializedLexicalNode[] | null {
  try {
    const parsed: unknown = JSON.parse(json);
    const root = (parsed as { root?: { type?: unknown; children?: unknown } } | null)?.root;
    return root?.type === 'root' && Array.isArray(root.children)
      ? (root.children as SerializedLexicalNode[])
      : null;
  } catch {
    return null;
  }
}

/**
 * Live nodes for a stored state, or null when it cannot be read or holds node types this editor does
 * not have (then callers fall back to the plain text). Must run inside an editor update.
 */
export function $nodesFromSerializedState(json: string): LexicalNode[] | null {
  const blocks = serializedBlocks(json);
  if (!blocks) return null;
  try {
    return blocks.map((block) => $parseSerializedNode(block));
  } catch {
    return null;
  }
}

/** Fills an empty editor with a stored state; false when the state cannot be read. */
export function $loadSerializedState(json: string): boolean {
  const nodes = $nodesFromSerializedState(json);
  if (!nodes || nodes.length === 0) return false;
  try {
    $getRoot()
      .clear()
      .append(...nodes);
    return true;
  } catch {
    // The root takes only blocks; a state with loose text at the top is not one this editor wrote.
    $getRoot().clear();
    return false;
  }
}
