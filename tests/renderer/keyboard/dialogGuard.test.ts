import { describe, expect, it } from 'vitest';
import { shouldRunAction, type TargetLike } from '../../../src/renderer/keyboard/typingGuard';

/** A button, inside a dialog or not (closest() is all the guard asks of the DOM). */
function button(inDialog: boolean): TargetLike {
  return {
    tagName: 'BUTTON',
    getAttribute: () => null,
    closest: (selector: string) => (inDialog && selector.includes('dialog') ? {} : null),
  };
}

describe('shortcuts and open dialogs', () => {
  it('letters typed in a dialog stay in the dialog', () => {
    expect(shouldRunAction('list.next', 'j', button(true))).toBe(false);
    expect(shouldRunAction('case.resolve', 'e', button(true))).toBe(false);
    expect(shouldRunAction('help.shortcuts', '?', button(true))).toBe(false);
  });

  it('Esc and Ctrl/Cmd+Enter still work in a dialog, as they do while typing', () => {
    expect(shouldRunAction('nav.back', 'Escape', button(true))).toBe(true);
    expect(shouldRunAction('composer.send', 'Enter', button(true))).toBe(true);
  });

  it('outside a dialog the same keys run', () => {
    expect(shouldRunAction('list.next', 'j', button(false))).toBe(true);
  });
});
