import { describe, expect, it } from 'vitest';
import { offsetToReveal } from '../../../src/renderer/features/inbox/revealRow';
import { InboxSelection } from '../../../src/renderer/features/inbox/inboxSelection';

// Rows of 50 px in a 200 px tall list: four rows in view.
const reveal = (index: number, scrollTop: number) => offsetToReveal(index, 50, scrollTop, 200);

describe('keeping the selected inbox row in view', () => {
  it('leaves the list alone while the row is whole in view', () => {
    expect(reveal(0, 0)).toBeNull();
    expect(reveal(3, 0)).toBeNull();
    expect(reveal(5, 100)).toBeNull();
  });

  it('scrolls just far enough to show a row below the view at the bottom', () => {
    expect(reveal(4, 0)).toBe(50);
    expect(reveal(20, 0)).toBe(850);
  });

  it('scrolls a row above the view to the top', () => {
    expect(reveal(1, 100)).toBe(50);
    expect(reveal(0, 75)).toBe(0);
  });

  it('shows a row cut off at either edge whole', () => {
    expect(reveal(2, 110)).toBe(100);
    expect(reveal(6, 110)).toBe(150);
  });

  it('does not scroll a list that has no height yet', () => {
    expect(offsetToReveal(30, 50, 0, 0)).toBeNull();
  });
});

describe('the inbox selection', () => {
  it('tells its readers when it moves, and only then', () => {
    const selection = new InboxSelection();
    let heard = 0;
    const stop = selection.subscribe(() => heard++);
    selection.set(3);
    selection.set(3);
    expect(selection.get()).toBe(3);
    expect(heard).toBe(1);
    stop();
    selection.set(4);
    expect(heard).toBe(1);
  });
});
