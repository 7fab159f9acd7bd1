import { describe, expect, it } from 'vitest';
import { MAX_REQUEST_BYTES, methods } from '../../src/shared/api';
import { PLAIN_TEXT_MAX_CHARS, PlainText, RICH_TEXT_MAX_CHARS, RichText } from '../../src/shared/domain';

const CASE_ID = '0190e0a0-0000-7000-8000-000000000001';

/** A valid editor state of exactly `length` characters whose text is `fill` repeated. */
function editorStateOf(length: number, fill: string): string {
  const frame = (text: string) => JSON.stringify({ root: { children: [], text } });
  const text = fill.repeat(length - frame('').length);
  expect(frame(text)).toHaveLength(length);
  return frame(text);
}

/** '€' is the most a character of valid JSON can cost in the request: 3 bytes, escaped or not. */
const worstRich = editorStateOf(RICH_TEXT_MAX_CHARS, '€');
/** A control character costs 6 bytes once escaped (\u0001). */
const worstPlain = '\u0001'.repeat(PLAIN_TEXT_MAX_CHARS);

/** The request the browser transport would send, with the longest id the envelope allows. */
function requestBytes(method: keyof typeof methods, args: unknown): number {
  expect(methods[method].args.safeParse(args).success).toBe(true);
  return Buffer.byteLength(JSON.stringify({ id: 'i'.repeat(100), method, args }), 'utf8');
}

describe('the largest valid request fits in what a transport accepts', () => {
  it('a person note at every limit, full of the costliest characters', () => {
    const args = { personId: CASE_ID, noteRich: worstRich, noteText: worstPlain, baseNoteText: worstPlain };
    expect(requestBytes('people.setNote', args)).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
  });

  it('a note on a case and a saved draft, likewise', () => {
    const note = { caseId: CASE_ID, bodyText: `x${worstPlain.slice(1)}`, bodyRich: worstRich };
    expect(requestBytes('notes.add', note)).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    const draft = { caseId: CASE_ID, mode: 'note', content: worstRich, text: worstPlain };
    expect(requestBytes('drafts.save', draft)).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
  });

  it('one character more than a limit is refused', () => {
    expect(RichText.safeParse(editorStateOf(RICH_TEXT_MAX_CHARS + 1, 'a')).success).toBe(false);
    expect(PlainText.safeParse('a'.repeat(PLAIN_TEXT_MAX_CHARS + 1)).success).toBe(false);
  });
});

describe('rich text is an editor state', () => {
  const lexical =
    '{"root":{"children":[{"children":[{"detail":0,"format":0,"mode":"normal","style":"","text":"Ring efter 15.",' +
    '"type":"text","version":1}],"direction":null,"format":"","indent":0,"type":"paragraph","version":1}],' +
    '"direction":null,"format":"","indent":0,"type":"root","version":1}}';

  it('accepts what the editor writes, emoji and escaped lone surrogates included', () => {
    expect(RichText.safeParse(lexical).success).toBe(true);
    expect(RichText.safeParse(JSON.stringify({ root: { text: 'Tack 👍 \ud800' } })).success).toBe(true);
  });

  it.each([
    ['empty text', ''],
    ['plain words', 'Ring efter 15.'],
    ['JSON without a root', '{"x":1}'],
    ['a root that is not an object', '{"root":[]}'],
    ['a list', '[{"root":{}}]'],
    ['cut-off JSON', lexical.slice(0, -1)],
    ['a raw lone surrogate', '{"root":{"text":"\ud800"}}'],
  ])('refuses %s, saying what it expects', (_name, text) => {
    const result = RichText.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'rich text must be an editor state: JSON with a "root" object',
    );
  });
});
