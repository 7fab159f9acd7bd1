/**
 * The scroll offset that shows row `index` whole in a list of fixed-height rows, or null when it is
 * whole in view already (then the list must not be scrolled: a write to scrollTop forces a layout).
 */
export function offsetToReveal(
  index: number,
  rowHeight: number,
  scrollTop: number,
  viewHeight: number,
): number | null {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  // A list not measured yet has no height: scrolling it now would hide the row it means to show.
  if (viewHeight > 0 && bottom > scrollTop + viewHeight) return bottom - viewHeight;
  return null;
}
