import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CasePromise, Locale } from '../../../shared/domain';
import { formatDateTime } from '../../i18n/format';
import { useWorkspace } from '../../shell/WorkspaceContext';
import { BadgeIcon } from '../../ui/BadgeIcon';
import type { BriefPromise } from '../case/brief/handoverBrief';
import { ResolvePromiseDialog } from './ResolvePromiseDialog';
import './promises.css';

interface Props {
  promises: readonly BriefPromise[];
  now: number;
  locale: Locale;
  /** Where focus goes once a kept or cancelled promise (and its buttons) has left the list. */
  fallbackFocus(): HTMLElement | null;
}

/**
 * What we promised on this case and is still open, soonest first: overdue ones say so in words and
 * with a solid badge, not by colour alone. Each can be kept (optional note) or cancelled (a reason).
 */
export function OpenPromises({ promises, now, locale, fallbackFocus }: Props) {
  const { t } = useTranslation();
  const { agentsById } = useWorkspace();
  const [resolving, setResolving] = useState<{ promise: CasePromise; outcome: 'keep' | 'cancel' } | null>(
    null,
  );

  if (promises.length === 0) return <p className="promises__none">{t('caseActions.brief.noPromises')}</p>;
  return (
    <>
      <ul className="promises" aria-label={t('promises.label')}>
        {promises.map(({ promise, overdue }) => {
          const when = formatDateTime(promise.dueAt, now, locale);
          const owner = agentsById.get(promise.ownerId)?.name;
          return (
            <li key={promise.id} className={overdue ? 'promise promise--overdue' : 'promise'}>
              {overdue ? (
                <span className="badge badge--overdue">
                  <BadgeIcon kind="overdue" />
                  {t('promises.overdue')}
                </span>
              ) : (
                <span className="badge badge--due">
                  <BadgeIcon kind="due" />
                  {t('promises.due', { when })}
                </span>
              )}
              <span className="promise__text">{promise.text}</span>
              <span className="promise__meta">
                {overdue && t('promises.overdueSince', { when })}
                {overdue && owner && ' · '}
                {owner && t('promises.owner', { name: owner })}
              </span>
              <span className="promise__buttons">
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('promises.keepNamed', { text: promise.text })}
                  onClick={() => setResolving({ promise, outcome: 'keep' })}
                >
                  {t('promises.keep')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('promises.cancelNamed', { text: promise.text })}
                  onClick={() => setResolving({ promise, outcome: 'cancel' })}
                >
                  {t('promises.cancel')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {resolving && (
        <ResolvePromiseDialog
          promise={resolving.promise}
          outcome={resolving.outcome}
          onClose={() => setResolving(null)}
          fallbackFocus={fallbackFocus}
        />
      )}
    </>
  );
}
