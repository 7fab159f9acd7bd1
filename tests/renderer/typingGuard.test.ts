import { describe, expect, it } from 'vitest';
import { isTypingTarget, shouldRunAction, type TargetLike } from '../../src/renderer/keyboard/typingGuard';

const el = (tagName: string, extra: Partial<TargetLike> & { role?: string } = {}): TargetLike => ({
  tagName,
  isContentEditable: false,
  ...extra,
  getAttribute: (name) => (name === 'role' ? (extra.role ?? null) : null),
});

describe('shortcuts while typing', () => {
  it('knows text fields, text areas and editors from other elements', () => {
    expect(isTypingTarget(el('INPUT', { type: 'text' }))).toBe(true);
    expect(isTypingTarget(el('INPUT', { type: 'search' }))).toBe(true);
    expect(isTypingTarget(el('TEXTAREA'))).toBe(true);
    expect(isTypingTarget(el('DIV', { isContentEditable: true }))).toBe(true);
    expect(isTypingTarget(el('DIV', { role: 'textbox' }))).toBe(true);
    expect(isTypingTarget(el('INPUT', { type: 'checkbox' }))).toBe(false);
    expect(isTypingTarget(el('DIV', { role: 'listbox' }))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it('ignores single-key shortcuts in an editor but keeps Esc and Mod+Enter', () => {
    const editor = el('DIV', { isContentEditable: true });
    expect(shouldRunAction('list.next', 'j', editor)).toBe(false);
    expect(shouldRunAction('case.note', 'n', editor)).toBe(false);
    expect(shouldRunAction('nav.back', 'Escape', editor)).toBe(true);
    expect(shouldRunAction('composer.send', 'Enter', editor)).toBe(true);
  });

  it('leaves Enter to a focused button instead of opening a case', () => {
    expect(shouldRunAction('list.open', 'Enter', el('BUTTON'))).toBe(false);
    expect(shouldRunAction('list.open', 'o', el('BUTTON'))).toBe(true);
    expect(shouldRunAction('list.open', 'Enter', el('DIV', { role: 'listbox' }))).toBe(true);
  });
});
