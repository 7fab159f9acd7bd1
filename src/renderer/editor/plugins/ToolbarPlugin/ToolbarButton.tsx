import { createContext, useContext, type ButtonHTMLAttributes, type ReactNode, type Ref } from 'react';

/**
 * One Tab stop for the whole toolbar (WAI-ARIA toolbar pattern): the button last used has tabIndex 0,
 * the others -1, and the arrow keys move between them (ToolbarPlugin handles those).
 */
interface Roving {
  active: string;
  setActive(id: string): void;
}

export const RovingContext = createContext<Roving>({ active: '', setActive: () => undefined });

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'id' | 'children'> & {
  /** Which button this is, for the roving Tab stop (not a DOM id). */
  item: string;
  label: string;
  /** Shown in the tooltip: "Bold (Ctrl+B)". */
  keys?: string;
  pressed?: boolean;
  children: ReactNode;
  ref?: Ref<HTMLButtonElement>;
};

export function ToolbarButton({
  item,
  label,
  keys,
  pressed,
  children,
  ref,
  onFocus,
  onMouseDown,
  ...rest
}: Props) {
  const { active, setActive } = useContext(RovingContext);
  return (
    <button
      {...rest}
      ref={ref}
      type="button"
      className="editor-toolbar__button"
      data-toolbar-item=""
      aria-label={label}
      aria-pressed={pressed}
      title={keys ? `${label} (${keys})` : label}
      tabIndex={active === item ? 0 : -1}
      onFocus={(event) => {
        setActive(item);
        onFocus?.(event);
      }}
      onMouseDown={(event) => {
        // A click keeps the caret (and the selection to format) in the editor.
        event.preventDefault();
        onMouseDown?.(event);
      }}
    >
      {children}
    </button>
  );
}
