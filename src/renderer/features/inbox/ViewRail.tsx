import { useTranslation } from 'react-i18next';
import { inboxViews, type InboxView } from '../../../shared/domain';
import { formatNumber } from '../../i18n/format';
import { useWorkspace } from '../../shell/WorkspaceContext';

interface Props {
  current: InboxView;
  counts: Partial<Record<InboxView, number>> | undefined;
  onChoose(view: InboxView): void;
}

/** The views down the left side, each with how many cases it holds. */
export function ViewRail({ current, counts, onChoose }: Props) {
  const { t } = useTranslation();
  const { locale } = useWorkspace();
  return (
    <nav className="view-rail" aria-label={t('views.label')}>
      <ul>
        {inboxViews.map((view) => {
          const count = counts?.[view];
          const name = t(`views.${view}`);
          return (
            <li key={view}>
              <button
                type="button"
                className="view-rail__item"
                aria-current={view === current ? 'page' : undefined}
                aria-label={count === undefined ? name : t('views.withCount', { view: name, count })}
                onClick={() => onChoose(view)}
              >
                <span className="view-rail__name">{name}</span>
                {count !== undefined && (
                  <span className="view-rail__count">{formatNumber(count, locale)}</span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
