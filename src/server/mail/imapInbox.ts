import { ImapFlow, type MessageStructureObject } from 'imapflow';
import type { IncomingMail, MailboxPosition, MailInbox } from './mailPorts';

export interface ImapSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  pass: string;
  mailbox: string;
}

/** The part to read as the message text: the first text/plain, else the first text/html. */
export function textPartOf(node: MessageStructureObject | undefined): { part: string; html: boolean } | null {
  const parts: MessageStructureObject[] = [];
  const walk = (n: MessageStructureObject) => {
    if (n.disposition === 'attachment') return;
    if (n.childNodes) n.childNodes.forEach(walk);
    else parts.push(n);
  };
  if (node) walk(node);
  const plain = parts.find((p) => p.type === 'text/plain');
  if (plain) return { part: plain.part ?? '1', html: false };
  const html = parts.find((p) => p.type === 'text/html');
  return html ? { part: html.part ?? '1', html: true } : null;
}

/** Enough of HTML to read a message that came without a plain-text part. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Reads a mailbox over IMAP (imapflow): one short connection per poll. */
export function imapInbox(settings: ImapSettings): MailInbox {
  return {
    async read(since: MailboxPosition) {
      const client = new ImapFlow({
        host: settings.host,
        port: settings.port,
        secure: settings.secure,
        auth: { user: settings.user, pass: settings.pass },
        logger: false,
        disableAutoIdle: true,
      });
      await client.connect();
      const lock = await client.getMailboxLock(settings.mailbox);
      try {
        const mailbox = client.mailbox;
        const uidValidity = mailbox ? Number(mailbox.uidValidity) : 0;
        const first = since.uidValidity === uidValidity ? since.lastUid + 1 : 1;
        const headers = await client.fetchAll(
          `${first}:*`,
          { uid: true, envelope: true, bodyStructure: true, internalDate: true },
          { uid: true },
        );
        const messages: IncomingMail[] = [];
        // `n:*` always includes the newest message, even when its UID is below n.
        for (const message of headers.filter((m) => m.uid >= first).sort((a, b) => a.uid - b.uid)) {
          const part = textPartOf(message.bodyStructure);
          const body = part ? await client.downloadMany(String(message.uid), [part.part], { uid: true }) : {};
          const raw = part ? (body[part.part]?.content?.toString('utf8') ?? '') : '';
          const sender = message.envelope?.from?.[0];
          messages.push({
            uid: message.uid,
            messageId: message.envelope?.messageId ?? null,
            from: { address: sender?.address ?? '', name: sender?.name || null },
            subject: message.envelope?.subject ?? '',
            text: part?.html ? textOfHtml(raw) : raw.trim(),
            date: new Date(message.envelope?.date ?? message.internalDate ?? Date.now()).getTime(),
          });
        }
        return { uidValidity, messages };
      } finally {
        lock.release();
        await client.logout().catch(() => undefined);
      }
    },
  };
}
