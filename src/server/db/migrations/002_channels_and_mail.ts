/**
 * Channels in and out:
 * - channel_receipts: an incoming contact's external id (a web form's submission id, a call id, an
 *   e-mail's Message-ID) per source, so a sender retrying the same contact creates it once.
 * - mailboxes: how far IMAP polling has read (UIDVALIDITY + last UID) and which instance holds the
 *   polling lease, so several hub instances never poll the same mailbox at once.
 * - mail_outbox: replies to send by SMTP, written in the same transaction as the reply event.
 */
export const channelsAndMail = `
CREATE TABLE channel_receipts (
  source text NOT NULL,
  external_id text NOT NULL,
  event_id uuid NOT NULL REFERENCES events(id),
  PRIMARY KEY (source, external_id)
);

CREATE TABLE mailboxes (
  name text PRIMARY KEY,
  uid_validity bigint,
  last_uid bigint NOT NULL DEFAULT 0,
  lease_owner text,
  lease_until bigint NOT NULL DEFAULT 0
);

CREATE TABLE mail_outbox (
  event_id uuid PRIMARY KEY REFERENCES events(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  to_address text NOT NULL,
  subject text NOT NULL,
  body_text text NOT NULL,
  in_reply_to text,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','sent','failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at bigint NOT NULL,
  claimed_until bigint NOT NULL DEFAULT 0,
  last_error text,
  created_at bigint NOT NULL,
  sent_at bigint
);
CREATE INDEX mail_outbox_due ON mail_outbox(next_attempt_at) WHERE status = 'pending';
`;
