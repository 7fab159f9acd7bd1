import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../shared/domain';

// Simple 24×24 outline shapes, drawn with the text colour so they follow the theme.
const shapes: Record<Channel, ReactNode> = {
  email: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="M3.5 6.5 12 13l8.5-6.5" />
    </>
  ),
  phone: (
    <path d="M6.5 3.5h3l1.5 4.5-2 1.5a11 11 0 0 0 5.5 5.5l1.5-2 4.5 1.5v3a2 2 0 0 1-2 2A15.5 15.5 0 0 1 4.5 5.5a2 2 0 0 1 2-2z" />
  ),
  chat: <path d="M4 5h16v11H10l-5 4v-4H4z" />,
  webform: (
    <>
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <path d="M3 8h18" />
      <rect x="6" y="11" width="12" height="3" rx="0.5" />
      <path d="M6 17h6" />
    </>
  ),
  letter: (
    <>
      <path d="M6 3h9l4 4v14H6z" />
      <path d="M15 3v4h4M9 12h7M9 16h7" />
    </>
  ),
  visit: (
    <>
      <circle cx="12" cy="8" r="3.5" />
      <path d="M5 20c0-4 3.1-6.5 7-6.5s7 2.5 7 6.5" />
    </>
  ),
};

/**
 * A channel's icon. Labelled for screen readers unless `decorative` (when the channel name is
 * written right beside it and would otherwise be read twice). A long list passes its own `label`
 * (the channel's name), so each icon does not subscribe to the language on its own.
 */
export const ChannelIcon = memo(function ChannelIcon({
  channel,
  decorative = false,
  label,
}: {
  channel: Channel;
  decorative?: boolean;
  label?: string;
}) {
  if (decorative) return <ChannelShape channel={channel} a11y={{ 'aria-hidden': true }} />;
  if (label !== undefined)
    return <ChannelShape channel={channel} a11y={{ role: 'img', 'aria-label': label }} />;
  return <TranslatedChannelIcon channel={channel} />;
});

function TranslatedChannelIcon({ channel }: { channel: Channel }) {
  const { t } = useTranslation();
  return <ChannelShape channel={channel} a11y={{ role: 'img', 'aria-label': t(`channels.${channel}`) }} />;
}

type A11y = { 'aria-hidden': true } | { role: 'img'; 'aria-label': string };

function ChannelShape({ channel, a11y }: { channel: Channel; a11y: A11y }) {
  return (
    <svg
      className="channel-icon"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      focusable="false"
      {...a11y}
    >
      {shapes[channel]}
    </svg>
  );
}
