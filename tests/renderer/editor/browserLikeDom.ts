/**
 * Two places where happy-dom differs from browsers in ways DOMPurify depends on; import this file before
 * anything that loads DOMPurify (it captures both at start-up), and the sanitizer runs as in Chromium.
 *
 * 1. `nodeName`: happy-dom gives each node class its own getter and leaves an empty one on Node.prototype;
 *    browsers have one getter there that answers for every node. DOMPurify reads that base getter (so a
 *    pasted `<form><input name="nodeName">` cannot fool it) and would see no tag names at all.
 * 2. `createNodeIterator`: happy-dom's iterator is a tree walker that loses its place when the current
 *    node is removed; the DOM standard's iterator then carries on from the node before it ("pre-removing
 *    steps"). DOMPurify removes the node it is looking at all the time.
 */
const baseNodeName = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeName');

Object.defineProperty(Node.prototype, 'nodeName', {
  configurable: true,
  get(this: Node): string {
    for (let proto: object | null = Object.getPrototypeOf(this); proto && proto !== Node.prototype;) {
      const getter = Object.getOwnPropertyDescriptor(proto, 'nodeName')?.get;
      if (getter) return getter.call(this) as string;
      proto = Object.getPrototypeOf(proto);
    }
    return (baseNodeName?.get?.call(this) as string | undefined) ?? '';
  },
});

function following(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}

function preceding(node: Node, root: Node): Node | null {
  if (node === root) return null;
  let at = node.previousSibling;
  if (!at) return node.parentNode;
  while (at.lastChild) at = at.lastChild;
  return at;
}

/** A forward-only NodeIterator that, like a browser's, survives the removal of its current node. */
class StandardNodeIterator {
  private reference: Node;
  private before: Node | null = null;
  private started = false;

  constructor(
    readonly root: Node,
    readonly whatToShow: number = 0xffffffff,
    readonly filter: NodeFilter | null = null,
  ) {
    this.reference = root;
  }

  private accepts(node: Node): boolean {
    if (!(this.whatToShow & (1 << (node.nodeType - 1)))) return false;
    if (!this.filter) return true;
    const verdict = typeof this.filter === 'function' ? this.filter(node) : this.filter.acceptNode(node);
    return verdict === NodeFilter.FILTER_ACCEPT;
  }

  nextNode(): Node | null {
    let node: Node | null = this.reference;
    if (!this.started) {
      this.started = true;
      if (this.accepts(node)) return node;
    } else if (node !== this.root && !this.root.contains(node)) {
      node = this.before;
    }
    while (node) {
      node = following(node, this.root);
      if (node && this.accepts(node)) {
        this.reference = node;
        this.before = preceding(node, this.root);
        return node;
      }
    }
    return null;
  }

  detach(): void {}
}

/** The prototype that defines `name` for `object` (happy-dom's window classes subclass its own ones). */
function ownerOf(object: object, name: string): object {
  for (
    let proto = Object.getPrototypeOf(object) as object | null;
    proto;
    proto = Object.getPrototypeOf(proto)
  ) {
    if (Object.prototype.hasOwnProperty.call(proto, name)) return proto;
  }
  throw new Error(`no ${name} on this document`);
}

Object.defineProperty(ownerOf(document, 'createNodeIterator'), 'createNodeIterator', {
  configurable: true,
  writable: true,
  value: function createNodeIterator(root: Node, whatToShow?: number, filter?: NodeFilter | null) {
    return new StandardNodeIterator(root, whatToShow, filter ?? null);
  },
});
