import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useSyncExternalStore,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { InboxRow } from '../../../shared/domain';
import { useKeyAction } from '../../keyboard/KeyboardProvider';
import { useWorkspace } from '../../shell/WorkspaceContext';
import { useNow } from '../../ui/NowProvider';
import { InboxRowView, ROW_HEIGHT, optionId } from './InboxRowView';
import { clampSelection, type InboxSelection } from './inboxSelection';
import type { PageCache } from './pageCache';
import { offsetToReveal } from './revealRow';

interface Props {
  cache: PageCache<InboxRow>;
  selection: InboxSelection;
  onOpen(row: InboxRow): void;
  /** Where the list was scrolled when the agent left it; read once, on mount. */
  initialScrollOffset: number;
  onScrollOffset(offset: number): void;
  /** The listbox element, for the screen to give focus back to after an action. */
  listRef: RefObject<HTMLDivElement | null>;
}

/**
 * The inbox listbox. Only the rows in view (plus overscan) exist in the DOM; the focus stays on
 * the listbox and aria-activedescendant points at the selected option, which is always rendered.
 */
export function InboxList({
  cache,
  selection,
  onOpen,
  initialScrollOffset,
  onScrollOffset,
  listRef: scrollRef,
}: Props) {
  const { t } = useTranslation();
  const { locale } = useWorkspace();
  const now = useNow();
  useSyncExternalStore(cache.subscribe, cache.getVersion);
  const total = cache.total ?? 0;
  // The list does not re-render when the selection moves (each row reads it, and the listbox's
  // aria-activedescendant is set below): handlers read it when they run.
  const selectedNow = useCallback(() => clampSelection(selection.get(), total), [selection, total]);

  // The active option must exist for aria-activedescendant, even when scrolled out of view.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const active = clampSelection(selection.get(), range.count);
      if (range.count > 0 && !indexes.includes(active)) indexes.push(active);
      return indexes;
    },
    [selection],
  );

  // The React Compiler cannot memoize around TanStack Virtual; this component opts out, knowingly.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialOffset: initialScrollOffset,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = virtualizer.range?.startIndex ?? 0;
  const lastIndex = virtualizer.range?.endIndex ?? 0;

  useEffect(() => {
    cache.ensureRange(firstIndex, lastIndex, selectedNow());
  }, [cache, firstIndex, lastIndex, selectedNow]);

  // Where the list is scrolled, tracked rather than read: after a render, reading scrollTop (or the
  // virtualizer's scrollToIndex, which reads scrollHeight every frame until it settles) forces a layout.
  const scrollTop = useRef(initialScrollOffset);
  const reveal = useCallback(
    (index: number) => {
      const list = scrollRef.current;
      if (!list) return;
      const viewHeight = virtualizer.scrollRect?.height ?? 0;
      const offset = offsetToReveal(index, ROW_HEIGHT, scrollTop.current, viewHeight);
      if (offset === null) return;
      list.scrollTop = offset;
      scrollTop.current = offset;
    },
    [virtualizer, scrollRef],
  );
  // Every move of the selection, by key or not (after an action, on coming back): point the listbox at
  // the selected option, keep it in view and its page loaded. Set on the element, not rendered, so a
  // j/k press re-renders only the two rows whose selection changed.
  useLayoutEffect(() => {
    const list = scrollRef.current;
    if (!list) return;
    const follow = () => {
      if (total === 0) {
        list.removeAttribute('aria-activedescendant');
        return;
      }
      const selected = selectedNow();
      list.setAttribute('aria-activedescendant', optionId(selected));
      reveal(selected);
      cache.ensureRange(virtualizer.range?.startIndex ?? 0, virtualizer.range?.endIndex ?? 0, selected);
    };
    follow();
    return selection.subscribe(follow);
  }, [cache, reveal, scrollRef, selectedNow, selection, total, virtualizer]);

  useEffect(() => {
    scrollRef.current?.focus({ preventScroll: true });
  }, [scrollRef]);

  const move = useCallback(
    (to: number) => {
      if (total === 0) return;
      const index = Math.max(0, Math.min(total - 1, to));
      // Scrolled before the render, while the layout is still clean: then the write costs nothing.
      reveal(index);
      selection.set(index);
      const list = scrollRef.current;
      if (list && document.activeElement !== list) list.focus({ preventScroll: true });
    },
    [selection, total, scrollRef, reveal],
  );
  const open = useCallback(
    (index: number) => {
      const row = cache.get(index);
      if (row) onOpen(row);
    },
    [cache, onOpen],
  );

  useKeyAction('list.next', () => move(selectedNow() + 1));
  useKeyAction('list.previous', () => move(selectedNow() - 1));
  useKeyAction('list.open', () => open(selectedNow()));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const selected = selectedNow();
    const pageRows = Math.max(
      1,
      Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1,
    );
    const target = {
      ArrowDown: selected + 1,
      ArrowUp: selected - 1,
      Home: 0,
      End: total - 1,
      PageDown: selected + pageRows,
      PageUp: selected - pageRows,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    move(target);
  };

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const option = (event.target as Element).closest<HTMLElement>('[data-index]');
    if (!option) return;
    const index = Number(option.dataset.index);
    move(index);
    open(index);
  };

  return (
    <div
      ref={scrollRef}
      className="inbox-list focus-inset"
      role="listbox"
      aria-label={t('inbox.label')}
      aria-busy={cache.total === null}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onScroll={(event) => {
        scrollTop.current = event.currentTarget.scrollTop;
        onScrollOffset(scrollTop.current);
      }}
    >
      <div role="presentation" className="inbox-list__spacer" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => (
          <InboxRowView
            key={item.index}
            row={cache.get(item.index)}
            index={item.index}
            selection={selection}
            start={item.start}
            setSize={total}
            now={now}
            locale={locale}
            t={t}
          />
        ))}
      </div>
    </div>
  );
}
