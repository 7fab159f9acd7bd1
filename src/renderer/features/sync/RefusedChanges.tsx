import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RejectedChange } from '../../../shared/api/methods/sync';
import { useApi } from '../../api/ApiProvider';
import { formatDateTime } from '../../i18n/format';
import { useWorkspace } from '../../shell/WorkspaceContext';
import { useNow } from '../../ui/NowProvider';
import { changeLabelKey } from './changeLabel';

/**
 * The changes the hub refused for good, each with its reason, until the agent dismisses it. They are
 * not on anyone else's desk: the agent decides whether to redo them. The list refetches on the
 * 'sync.status' a dismissal pushes.
 */
export function RefusedChanges({ changes }: { changes: RejectedChange[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const { locale } = useWorkspace();
  const now = useNow();
  const [failed, setFailed] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  if (changes.length === 0) return null;

  const dismiss = async (index: number, seq: number) => {
    try {
      await api.call('sync.dismissRejection', { seq });
      setFailed(false);
      // Focus stays in the list: on the next change's button, else the previous one's, else the heading.
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
      const next = buttons[index + 1] ?? buttons[index - 1];
      (next ?? headingRef.current)?.focus();
    } catch {
      setFailed(true);
    }
  };

  return (
    <section className="hub-account__refused" aria-labelledby="hub-refused-heading">
      <h3 id="hub-refused-heading" ref={headingRef} tabIndex={-1} className="hub-account__subheading">
        {t('hubAccount.refused.heading')}
      </h3>
      <p className="hub-account__hint">{t('hubAccount.refused.intro')}</p>
      {failed && (
        <p role="alert" className="hub-account__error">
          {t('hubAccount.refused.dismissFailed')}
        </p>
      )}
      <ul ref={listRef} className="hub-account__refused-list">
        {changes.map((change, index) => {
          const what = t(changeLabelKey(change.name));
          const label = change.summary === '' ? what : `${what}: ${change.summary}`;
          return (
            <li key={change.seq} className="hub-account__refused-item">
              <div className="hub-account__refused-text">
                <strong>{label}</strong>
                <span className="hub-account__hint">
                  {t('hubAccount.refused.made', { time: formatDateTime(change.createdAt, now, locale) })}
                </span>
                <span>{t('hubAccount.refused.reason', { reason: change.reason })}</span>
              </div>
              <button
                type="button"
                className="button"
                aria-label={t('hubAccount.refused.dismissLabel', { what: label })}
                onClick={() => void dismiss(index, change.seq)}
              >
                {t('hubAccount.refused.dismiss')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
