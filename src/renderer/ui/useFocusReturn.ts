import { useRef } from 'react';

/**
 * Focus handling for a Radix modal dialog opened by a key rather than by a Dialog.Trigger. On close,
 * Radix gives focus to the trigger; with none, focus would fall to <body> and the agent's place would be
 * lost. These handlers remember what had focus when the dialog opened and give it back on close.
 */
export function useFocusReturn() {
  const openedFrom = useRef<Element | null>(null);
  return {
    onOpenAutoFocus() {
      openedFrom.current = document.activeElement;
    },
    onCloseAutoFocus(event: Event) {
      event.preventDefault();
      const element = openedFrom.current;
      if (element instanceof HTMLElement && element.isConnected) element.focus({ preventScroll: true });
    },
  };
}
