import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/domain';
import { formatAge, formatDateTime } from '../../../i18n/format';
import { useWorkspace } from '../../../shell/WorkspaceContext';
import { OpenPromises } from '../../promises/OpenPromises';
import type { HandoverBrief as Brief } from './handoverBrief';
import './brief.css';

interface Props {
  brief: Brief;
  personName: string;
  now: number;
  locale: Locale;
  fallbackFocus(): HTMLElement | null;
}

/**
 * The top of the case, readable in a minute by whoever picks it up: open promises (with Keep / Cancel),
 * last contact, who handled it last, the latest internal note, and how often the person reached us
 * this week.
 */
export function HandoverBrief({ brief, personName, now, locale, fallbackFocus }: Props) {
  const { t } = useTranslation();
  const { agentsById } = useWorkspace();
  const headingId = useId();
  const agent = (id: string | null) =>
    (id ? agentsById.get(id)?.name : undefined) ?? t('timeline.unknownAgent');
  const age = (at: number) => (
    <time dateTime={new Date(at).toISOString()} title={formatDateTime(at, now, locale)}>
      {formatAge(at, now, locale)}
    </time>
  );

  const { lastContact, lastAgent, latestNote, repeat } = brief;
  let contactText: string | null = null;
  if (lastContact) {
    const what = lastContact.channel
      ? t(`timeline.contact.${lastContact.channel}_${lastContact.direction}`)
      : t('timeline.contact.unknown');
    contactText =
      lastContact.direction === 'in'
        ? t('timeline.contactIn', { what, who: personName })
        : t('timeline.contactOut', { what, who: agent(lastContact.authorId) });
  }

  return (
    <section className="brief" aria-labelledby={headingId}>
      <h2 id={headingId} className="brief__heading">
        {t('caseActions.brief.label')}
      </h2>
      <OpenPromises promises={brief.promises} now={now} locale={locale} fallbackFocus={fallbackFocus} />
      <dl className="brief__facts">
        <div>
          <dt>{t('caseActions.brief.lastContact')}</dt>
          <dd>
            {lastContact && contactText ? (
              <>
                {contactText}, {age(lastContact.at)}
              </>
            ) : (
              t('caseActions.brief.noContact')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('caseActions.brief.lastAgent')}</dt>
          <dd>
            {lastAgent ? (
              <>
                {agent(lastAgent.agentId)}, {age(lastAgent.at)}
              </>
            ) : (
              t('caseActions.brief.noAgent')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('caseActions.brief.repeat')}</dt>
          <dd>
            <span className={repeat.isRepeat ? 'badge badge--repeat' : undefined}>
              {repeat.isRepeat
                ? t('inbox.repeat', { count: repeat.contacts7d })
                : t('caseActions.brief.contacts', { count: repeat.contacts7d })}
            </span>
            {repeat.channels.length > 0 && (
              <>
                {' '}
                {t('caseActions.brief.via', {
                  channels: repeat.channels.map((channel) => t(`channels.${channel}`)).join(', '),
                })}
              </>
            )}
          </dd>
        </div>
        <div className="brief__note">
          <dt>{t('caseActions.brief.latestNote')}</dt>
          <dd>
            {latestNote ? (
              <>
                <q className="brief__excerpt">{latestNote.excerpt}</q> — {agent(latestNote.authorId)},{' '}
                {age(latestNote.at)}
              </>
            ) : (
              t('caseActions.brief.noNote')
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
