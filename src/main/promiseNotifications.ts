import type { Core } from '../core';
import type { CasePromise, Locale } from '../shared/domain';
import { pushEvents } from '../shared/api';

/** The main process has no i18n: three short titles, in the agent's chosen language. */
const titles: Record<Locale, string> = {
  en: 'Promise due',
  sv: 'Löfte att hålla',
  nb: 'Løfte å holde',
};

export interface DesktopNotice {
  title: string;
  body: string;
}

export function duePromiseNotice(promise: CasePromise, locale: Locale): DesktopNotice {
  return { title: titles[locale], body: promise.text };
}

/**
 * Shows a desktop notification for each promise the core announces as due, so a call-back is not missed
 * while the window is hidden. (The renderer shows its own in-app reminder too; the browser host has only that.)
 */
export function notifyDuePromises(
  core: Pick<Core, 'onPush'>,
  locale: () => Locale,
  show: (notice: DesktopNotice) => void,
): () => void {
  return core.onPush((push) => {
    if (push.event !== 'promise.due') return;
    const payload = pushEvents['promise.due'].safeParse(push.payload);
    if (payload.success) show(duePromiseNotice(payload.data.promise, locale()));
  });
}
