import type { ActionId } from '../../shared/domain';

/** The parts of an event target the guard reads (kept narrow so tests need no DOM). */
export interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
  type?: string;
  getAttribute?(name: string): string | null;
  closest?(selectors: string): unknown;
}

/** Input types that take no typed text, so single-letter shortcuts stay on over them. */
const nonTextInputs = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/** True when key presses on this element type text (an input, a textarea, a select or an editor). */
export function isTypingTarget(target: TargetLike | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !nonTextInputs.has((target.type ?? 'text').toLowerCase());
  const role = target.getAttribute?.('role');
  return role === 'textbox' || role === 'searchbox' || role === 'combobox';
}

/** True inside a dialog: its keys (letters, arrows, Enter) belong to it, not to the screen behind it. */
export function isInsideDialog(target: TargetLike | null): boolean {
  return Boolean(target?.closest?.('[role="dialog"], [role="alertdialog"]'));
}

const interactiveTags = new Set(['A', 'BUTTON', 'SELECT', 'SUMMARY', 'INPUT', 'TEXTAREA']);
const interactiveRoles = new Set([
  'button',
  'link',
  'menuitem',
  'menuitemradio',
  'menuitemcheckbox',
  'tab',
  'checkbox',
  'radio',
  'switch',
  'option',
]);

/** True when Enter or Space on this element already means "activate it" (a button, a link, …). */
export function isActivatable(target: TargetLike | null): boolean {
  if (!target) return false;
  if (target.tagName && interactiveTags.has(target.tagName.toUpperCase())) return true;
  const role = target.getAttribute?.('role');
  return role !== null && role !== undefined && interactiveRoles.has(role);
}

/** Actions that stay on while typing, and inside dialogs (PRODUCT.md: "except Esc and Ctrl/Cmd+Enter"). */
const allowedWhileTyping: ReadonlySet<ActionId> = new Set(['nav.back', 'composer.send']);

/**
 * Whether a matched action should run for a key press on `target`. Shortcuts are off while typing and
 * inside a dialog, and a plain Enter or Space is left to the button or link that has focus.
 */
export function shouldRunAction(action: ActionId, key: string, target: TargetLike | null): boolean {
  const guarded = isTypingTarget(target) || isInsideDialog(target);
  if (guarded && !allowedWhileTyping.has(action)) return false;
  if ((key === 'Enter' || key === ' ') && action !== 'composer.send' && isActivatable(target)) return false;
  return true;
}
