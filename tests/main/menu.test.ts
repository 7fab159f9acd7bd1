import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../src/main/menu';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('the application menu', () => {
  it('offers developer tools and reload only while developing', () => {
    expect(roles(menuTemplate('linux', false))).not.toContain('toggleDevTools');
    expect(roles(menuTemplate('linux', false))).not.toContain('reload');
    expect(roles(menuTemplate('linux', true))).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('has the macOS app and edit menus that Cmd+Q, Cmd+C and Cmd+V need', () => {
    expect(roles(menuTemplate('darwin', false))).toEqual(expect.arrayContaining(['appMenu', 'editMenu']));
  });
});
