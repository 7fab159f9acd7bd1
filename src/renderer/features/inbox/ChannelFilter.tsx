import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Channel, channels } from '../../../shared/domain';

/** Narrows the inbox to one channel (all by default). */
export function ChannelFilter({
  value,
  onChange,
}: {
  value: Channel | null;
  onChange(channel: Channel | null): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="channel-filter">
      <label htmlFor={id}>{t('channelFilter.label')}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => {
          const parsed = Channel.safeParse(event.target.value);
          onChange(parsed.success ? parsed.data : null);
        }}
      >
        <option value="">{t('channelFilter.all')}</option>
        {channels.map((channel) => (
          <option key={channel} value={channel}>
            {t(`channels.${channel}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
