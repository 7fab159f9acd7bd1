/** E-mail behind two ports: the IMAP and SMTP adapters in production, fakes in tests (no network). */

export interface IncomingMail {
  uid: number;
  /** Message-ID header, if any: how a resent or re-read message is recognised. */
  messageId: string | null;
  from: { address: string; name: string | null };
  subject: string;
  text: string;
  date: number;
}

export interface MailboxPosition {
  uidValidity: number | null;
  lastUid: number;
}

export interface MailInbox {
  /** Messages after `since` (all of them again when UIDVALIDITY changed), in UID order. */
  read(since: MailboxPosition): Promise<{ uidValidity: number; messages: IncomingMail[] }>;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Message-ID of the customer's mail being answered, so their client threads the reply. */
  inReplyTo: string | null;
  messageId: string;
}

export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
}
