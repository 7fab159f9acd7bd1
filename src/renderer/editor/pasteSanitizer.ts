import DOMPurify from 'dompurify';

/**
 * Pasted HTML from mail clients and word processors, reduced to what the editor can hold: paragraphs,
 * line breaks, bold, italic, underline, strike-through, lists, quotes and web or mail links. Styles,
 * classes, fonts, colours, images, scripts and Office markup (<o:p>, mso- styles, conditional
 * comments) are dropped; what a style meant (bold, italic, a Word list) is kept as a plain tag.
 */

const allowedTags = ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'blockquote', 'a'];
const linkTarget = /^(?:https?:|mailto:)/i;

const blockTags = new Set([
  'P',
  'DIV',
  'UL',
  'OL',
  'LI',
  'BLOCKQUOTE',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'PRE',
  'DL',
  'DT',
  'DD',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
]);

/** Cleans pasted HTML; the result is safe to parse and import into the editor. */
export function sanitizePastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const body = doc.body;
  convertWordLists(body);
  styleMeaningToTags(body);
  flattenStructure(body);
  dropBlankParagraphs(body);
  const clean = DOMPurify.sanitize(body.innerHTML, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: linkTarget,
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  });
  unwrapLinksWithoutTarget(clean);
  const out = doc.createElement('div');
  out.append(clean);
  return out.innerHTML;
}

function rename(element: Element, tag: string): Element {
  const replacement = element.ownerDocument.createElement(tag);
  replacement.append(...element.childNodes);
  element.replaceWith(replacement);
  return replacement;
}

function unwrap(element: Element): void {
  element.replaceWith(...element.childNodes);
}

function styleOf(element: Element): string {
  return (element.getAttribute('style') ?? '').toLowerCase();
}

/**
 * Word writes lists as paragraphs with an `mso-list: l0 level2` style and a typed bullet or number in a
 * `mso-list: Ignore` span. Rebuild each run of such paragraphs as a real list, nested by level; the
 * typed marker ("1.", "a)" or a bullet) decides between a numbered and a bulleted list.
 */
function convertWordLists(root: HTMLElement): void {
  const isListParagraph = (element: Element | null) =>
    element?.tagName === 'P' && /mso-list:\s*l\d/.test(styleOf(element));
  const runs: Element[][] = [];
  for (const p of root.querySelectorAll('p')) {
    if (!isListParagraph(p)) continue;
    const run = runs.at(-1);
    if (run && run.at(-1) === p.previousElementSibling) run.push(p);
    else runs.push([p]);
  }
  for (const run of runs) buildList(run);
}

function buildList(run: readonly Element[]): void {
  const doc = run[0]!.ownerDocument;
  const stack: { list: Element; level: number }[] = [];
  for (const p of run) {
    const level = Number(/level(\d+)/.exec(styleOf(p))?.[1] ?? '1');
    const marker = [...p.querySelectorAll('[style]')].find((el) => /mso-list:\s*ignore/.test(styleOf(el)));
    const ordered = /^(?:\d+|[a-z]|[ivxlc]+)[.)]/i.test((marker?.textContent ?? '').trim());
    marker?.remove();
    while (stack.length > 1 && stack.at(-1)!.level > level) stack.pop();
    let top = stack.at(-1);
    if (!top || top.level < level) {
      const list = doc.createElement(ordered ? 'ol' : 'ul');
      const parentItem = top?.list.lastElementChild;
      if (parentItem) parentItem.append(list);
      else p.before(list);
      top = { list, level };
      stack.push(top);
    }
    const item = doc.createElement('li');
    item.append(...p.childNodes);
    top.list.append(item);
    p.remove();
  }
}

/** Bold, italic, underline and strike-through set by style (Google Docs, Outlook) become tags. */
function styleMeaningToTags(root: HTMLElement): void {
  for (const element of [...root.querySelectorAll('[style]')]) {
    const style = styleOf(element);
    const tag = element.tagName;
    // Google Docs wraps the whole paste in <b style="font-weight:normal">: not bold at all.
    if ((tag === 'B' || tag === 'STRONG') && /font-weight:\s*(normal|[1-4]00)\b/.test(style)) {
      unwrap(element);
      continue;
    }
    const wraps: string[] = [];
    if (/font-weight:\s*(bold|bolder|[6-9]00)\b/.test(style) && tag !== 'B' && tag !== 'STRONG')
      wraps.push('strong');
    if (/font-style:\s*italic/.test(style) && tag !== 'I' && tag !== 'EM') wraps.push('em');
    if (/text-decoration[^;]*underline/.test(style) && tag !== 'U') wraps.push('u');
    if (/text-decoration[^;]*line-through/.test(style) && tag !== 'S') wraps.push('s');
    for (const wrapTag of wraps) {
      const wrapper = element.ownerDocument.createElement(wrapTag);
      wrapper.append(...element.childNodes);
      element.append(wrapper);
    }
  }
}

function hasBlockChild(element: Element): boolean {
  return [...element.children].some((child) => blockTags.has(child.tagName));
}

/**
 * Reduces blocks the editor has no node for to paragraphs: headings become bold paragraphs, table
 * cells and definition terms paragraphs, wrapper divs disappear. List items and quotes hold text
 * directly, so paragraphs inside them become line breaks.
 */
function flattenStructure(root: HTMLElement): void {
  for (const heading of [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')]) {
    const strong = heading.ownerDocument.createElement('strong');
    strong.append(...heading.childNodes);
    heading.append(strong);
    rename(heading, 'p');
  }
  for (const element of [...root.querySelectorAll('table, thead, tbody, tfoot, tr, dl')]) unwrap(element);
  for (const element of [...root.querySelectorAll('td, th, dt, dd, pre')]) rename(element, 'p');
  // Innermost first, so a div's children are settled before the div itself is judged.
  for (const div of [...root.querySelectorAll('div, section, article, header, footer')].reverse()) {
    if (hasBlockChild(div)) unwrap(div);
    else rename(div, 'p');
  }
  for (const holder of [...root.querySelectorAll('li, blockquote')]) {
    const blocks = [...holder.children].filter((child) => child.tagName === 'P');
    blocks.forEach((block, i) => {
      if (i > 0) block.before(block.ownerDocument.createElement('br'));
      unwrap(block);
    });
  }
}

/** Outlook and Word separate paragraphs with empty ones (`<p><o:p>&nbsp;</o:p></p>`); the editor spaces them itself. */
function dropBlankParagraphs(root: HTMLElement): void {
  for (const p of [...root.querySelectorAll('p')]) {
    if ((p.textContent ?? '').replace(/[\s\u00a0]/g, '') === '') p.remove();
  }
}

/** DOMPurify drops a javascript: or file: href but keeps the <a>; a link with no target is just text. */
function unwrapLinksWithoutTarget(root: DocumentFragment): void {
  for (const anchor of [...root.querySelectorAll('a')]) if (!anchor.hasAttribute('href')) unwrap(anchor);
}
