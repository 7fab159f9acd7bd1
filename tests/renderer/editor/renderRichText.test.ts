// @vitest-environment happy-dom
import { createElement, Fragment } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { renderRichText } from '../../../src/renderer/editor/view/renderRichText';

const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
});
const block = (type: string, children: unknown[], extra: object = {}) => ({
  type,
  children,
  direction: null,
  format: '',
  indent: 0,
  version: 1,
  ...extra,
});
const state = (...children: unknown[]) => JSON.stringify({ root: block('root', children) });

/** What the elements become on the page (rendered by React into a detached element). */
function html(json: string): string | null {
  const nodes = renderRichText(json);
  if (nodes === null) return null;
  const container = document.createElement('div');
  const root = createRoot(container);
  flushSync(() => root.render(createElement(Fragment, null, ...nodes)));
  const markup = container.innerHTML;
  root.unmount();
  return markup;
}

describe('stored rich text shown in the timeline', () => {
  it('keeps paragraphs, bold, italic and line breaks', () => {
    const json = state(
      block('paragraph', [text('Ring '), text('Åsa', 1), text(' i '), text('morgon', 3)]),
      block('paragraph', [text('Rad ett'), { type: 'linebreak', version: 1 }, text('rad två')]),
    );
    expect(html(json)).toBe(
      '<p>Ring <strong>Åsa</strong> i <strong><em>morgon</em></strong></p><p>Rad ett<br>rad två</p>',
    );
  });

  it('shows bulleted, numbered and nested lists, and quotes', () => {
    const json = state(
      block(
        'list',
        [
          block('listitem', [text('Hyresavtal')], { value: 1 }),
          block('listitem', [block('list', [block('listitem', [text('kopia')])], { listType: 'bullet' })]),
        ],
        {
          listType: 'bullet',
          tag: 'ul',
        },
      ),
      block('list', [block('listitem', [text('Ring')])], { listType: 'number', start: 3, tag: 'ol' }),
      block('quote', [text('Jag vill klaga.')]),
    );
    expect(html(json)).toBe(
      '<ul><li>Hyresavtal</li><li class="rich-text__nested"><ul><li>kopia</li></ul></li></ul>' +
        '<ol start="3"><li>Ring</li></ol><blockquote>Jag vill klaga.</blockquote>',
    );
  });

  it('makes web and mail links, and leaves any other link as text', () => {
    const json = state(
      block('paragraph', [
        block('link', [text('beslutet')], { url: 'https://example.se/beslut' }),
        text(' '),
        block('autolink', [text('kundtjanst@example.se')], { url: 'mailto:kundtjanst@example.se' }),
        text(' '),
        block('link', [text('klicka')], { url: 'javascript:alert(1)' }),
      ]),
    );
    expect(html(json)).toBe(
      '<p><a href="https://example.se/beslut" target="_blank" rel="noopener noreferrer">beslutet</a> ' +
        '<a href="mailto:kundtjanst@example.se" target="_blank" rel="noopener noreferrer">kundtjanst@example.se</a> klicka</p>',
    );
  });

  it('shows a mention as the colleague’s name', () => {
    const json = state(
      block('paragraph', [text('Fråga '), { ...text('@Karin Berg'), type: 'mention', agentId: 'a1' }]),
    );
    expect(html(json)).toBe('<p>Fråga <span class="rich-text__mention">@Karin Berg</span></p>');
  });

  it('never turns stored text into markup', () => {
    const json = state(block('paragraph', [text('<img src=x onerror=alert(1)> & <b>')]));
    expect(html(json)).toBe('<p>&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;</p>');
  });

  it('shows the text of node types it does not know', () => {
    const json = state(block('heading', [text('Rubrik')], { tag: 'h2' }));
    expect(html(json)).toBe('Rubrik');
  });

  it('gives up (so the plain text is shown) on anything that is not a stored state', () => {
    expect(html('not json')).toBeNull();
    expect(html('{"root":{"type":"paragraph"}}')).toBeNull();
    expect(html('null')).toBeNull();
  });
});
