import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CasePromise } from '../../../shared/domain';
import { useApi } from '../../api/ApiProvider';
import { formatDateTime } from '../../i18n/format';
import { useNavigation } from '../../shell/Navigation';
import { useWorkspace } from '../../shell/WorkspaceContext';
import { BadgeIcon } from '../../ui/BadgeIcon';
import './promises.css';

interface Reminder {
  promise: CasePromise;
  /** "Åsa Ångström: Pension payment missing", once the case has been looked up. */
  about: string | null;
}

/** More would cover the screen; the oldest reminders are still in Promises due. */
const MAX_SHOWN = 3;

/**
 * When one of my promises falls due, core pushes `promise.due`: say it in a polite live region and show a
 * toast with the promise and a button to its case. Toasts stay until dismissed or followed; they never
 * take the focus from what the agent is doing. (In Electron the main process also shows a desktop
 * notification.) Mounted once, beside the screens.
 */
export function PromiseReminders() {
  const { t } = useTranslation();
  const api = useApi();
  const { locale } = useWorkspace();
  const { navigate } = useNavigation();
  const [reminders, setReminders] = useState<Reminder[]>([]);
  const [announcement, setAnnouncement] = useState('');

  useEffect(
    () =>
      api.on('promise.due', ({ promise }) => {
        setAnnouncement(t('promises.reminder.announce', { text: promise.text }));
        setReminders((shown) =>
          [{ promise, about: null }, ...shown.filter((r) => r.promise.id !== promise.id)].slice(0, MAX_SHOWN),
        );
        api.call('cases.get', { caseId: promise.caseId }).then(
          (data) => {
            const about = `${data.person.name}: ${data.case.subject}`;
            setReminders((shown) => shown.map((r) => (r.promise.id === promise.id ? { ...r, about } : r)));
          },
          () => undefined, // the toast still says what was promised and has the way to the case
        );
      }),
    [api, t],
  );

  const dismiss = (id: string) => setReminders((shown) => shown.filter((r) => r.promise.id !== id));

  return (
    <>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {reminders.length > 0 && (
        <section className="reminders" aria-label={t('promises.reminder.label')}>
          {reminders.map(({ promise, about }) => (
            <div key={promise.id} className="reminder">
              <h2 className="reminder__title">
                <BadgeIcon kind="due" />
                {t('promises.reminder.title')}
              </h2>
              {about && <p className="reminder__about">{about}</p>}
              <p className="reminder__text">
                {t('promises.reminder.text', {
                  text: promise.text,
                  when: formatDateTime(promise.dueAt, promise.dueAt, locale),
                })}
              </p>
              <div className="reminder__buttons">
                <button type="button" className="button" onClick={() => dismiss(promise.id)}>
                  {t('promises.reminder.dismiss')}
                </button>
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => {
                    dismiss(promise.id);
                    navigate({ name: 'case', caseId: promise.caseId });
                  }}
                >
                  {t('promises.reminder.open')}
                </button>
              </div>
            </div>
          ))}
        </section>
      )}
    </>
  );
}
