import { memo } from 'react';
import type { TFunction } from 'i18next';
import type { TimelineEvent } from '../../../shared/domain';
import { RichTextView } from '../../editor/view/RichTextView';
import { ChannelIcon } from '../../ui/ChannelIcon';
import type { EventDescription } from './describeEvent';

interface Props {
  event: TimelineEvent;
  description: EventDescription;
  position: number;
  setSize: number;
  /** The feed's `t`, passed down: a translation hook per article costs more than the article itself. */
  t: TFunction;
}

/**
 * One event on the case timeline. Internal notes are tinted and labelled "Internal note";
 * messages to and from the customer are plain; recorded changes are one compact line.
 * Bodies show their stored rich text (bold, lists, links, mentions), or the plain text when there is none.
 */
export const TimelineItem = memo(function TimelineItem({ event, description, position, setSize, t }: Props) {
  const { variant, heading, when, label, details } = description;
  const common = {
    'aria-label': label,
    'aria-posinset': position,
    'aria-setsize': setSize,
    tabIndex: -1,
  };

  if (variant === 'system') {
    return (
      <article {...common} className="event event--system">
        <p className="event__system-line">
          <span>{heading}</span>
          <time dateTime={new Date(event.createdAt).toISOString()}>{when}</time>
        </p>
        {details.map((detail, i) => (
          <p key={i} className="event__detail">
            {detail}
          </p>
        ))}
      </article>
    );
  }

  return (
    <article {...common} className={`event event--${variant}`}>
      <header className="event__header">
        {variant === 'note' ? (
          <span className="event__note-label">{t('timeline.internalNote')}</span>
        ) : (
          event.channel && <ChannelIcon channel={event.channel} decorative />
        )}
        <span className="event__heading">{heading}</span>
        {variant === 'out' && <span className="event__to-customer">{t('timeline.toCustomer')}</span>}
        <time className="event__time" dateTime={new Date(event.createdAt).toISOString()}>
          {when}
        </time>
      </header>
      {details.length > 0 && <p className="event__detail">{details.join(' · ')}</p>}
      {event.bodyText !== '' && (
        <RichTextView className="event__body" rich={event.bodyRich} text={event.bodyText} />
      )}
    </article>
  );
});
