import type { ImapSettings } from './imapInbox';

export interface MailConfig {
  imap: ImapSettings | null;
  smtpUrl: string | null;
  /** The From of replies, e.g. "Kundservice <kundservice@example.se>". */
  from: string;
  /** The team id or name that incoming mail goes to. */
  team: string | null;
  pollMs: number;
}

export class MailConfigError extends Error {
  override name = 'ConfigError';
}

/** `imaps://user:password@imap.example.se:993/INBOX` (user and password URL-encoded). */
export function imapSettingsFromUrl(text: string): ImapSettings {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new MailConfigError('NARA_HUB_IMAP_URL is not a URL (imaps://user:password@host:993/INBOX).');
  }
  if (url.protocol !== 'imaps:' && url.protocol !== 'imap:') {
    throw new MailConfigError('NARA_HUB_IMAP_URL must start with imaps:// or imap://.');
  }
  const secure = url.protocol === 'imaps:';
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 993 : 143,
    secure,
    user: decodeURIComponent(url.username),
    pass: decodeURIComponent(url.password),
    mailbox: decodeURIComponent(url.pathname.replace(/^\//, '')) || 'INBOX',
  };
}

/**
 * NARA_HUB_IMAP_URL (poll this mailbox), NARA_HUB_MAIL_TEAM (whose inbox it is),
 * NARA_HUB_SMTP_URL (send replies, e.g. smtps://user:password@smtp.example.se:465),
 * NARA_HUB_MAIL_FROM, NARA_HUB_MAIL_POLL_SECONDS (default 60). Without them the hub has no e-mail.
 */
export function mailConfigFromEnv(env: NodeJS.ProcessEnv): MailConfig {
  const imap = env.NARA_HUB_IMAP_URL ? imapSettingsFromUrl(env.NARA_HUB_IMAP_URL) : null;
  const team = env.NARA_HUB_MAIL_TEAM?.trim() || null;
  if (imap && !team)
    throw new MailConfigError('NARA_HUB_IMAP_URL needs NARA_HUB_MAIL_TEAM: whose inbox is it?');
  const smtpUrl = env.NARA_HUB_SMTP_URL?.trim() || null;
  const from = env.NARA_HUB_MAIL_FROM?.trim() || (imap ? imap.user : '');
  if (smtpUrl && !from.includes('@'))
    throw new MailConfigError('NARA_HUB_SMTP_URL needs NARA_HUB_MAIL_FROM.');
  const seconds = Number(env.NARA_HUB_MAIL_POLL_SECONDS ?? 60);
  if (!(seconds >= 5 && seconds <= 3600)) {
    throw new MailConfigError('NARA_HUB_MAIL_POLL_SECONDS must be from 5 to 3600.');
  }
  return { imap, smtpUrl, from, team, pollMs: seconds * 1000 };
}

/** The domain of the From address: reply Message-IDs are made under it. */
export function mailDomainOf(from: string): string {
  return /@([^>\s]+)/.exec(from)?.[1] ?? 'nara.invalid';
}
