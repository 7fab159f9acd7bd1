import type { HubContext } from '../hubContext';
import type { ApplyContext } from '../sync/apply/applyContext';
import type { MailSender } from './mailPorts';

/** Retries: 1, 2, 4 … minutes, at most an hour apart; after 10 failed attempts the mail is given up. */
const MAX_ATTEMPTS = 10;
const backoffMs = (attempts: number): number => Math.min(60, 2 ** (attempts - 1)) * 60_000;
/** A claimed mail is this instance's to send for two minutes; then another instance may try. */
const CLAIM_MS = 2 * 60_000;

function replySubject(subject: string, ref: string): string {
  const base = /^re:/i.test(subject) ? subject : `Re: ${subject}`;
  return base.includes(`[${ref}]`) ? base : `${base} [${ref}]`;
}

/**
 * A reply on an e-mail or web-form case also leaves as an e-mail, queued in the same transaction
 * as the reply event (so a rejected reply sends nothing). It goes to the address the customer last
 * wrote from, else their first e-mail contact point; the subject carries the case ref, so their
 * answer finds its way back to the case.
 */
export async function queueReplyMail(ctx: ApplyContext, caseId: string, eventId: string, bodyText: string) {
  const { tx } = ctx.changes;
  const [caseRow] = await tx.query<{ subject: string; ref: string; channel: string; person_id: string }>(
    'SELECT subject, ref, channel, person_id FROM cases WHERE id = $1',
    [caseId],
  );
  if (!caseRow || (caseRow.channel !== 'email' && caseRow.channel !== 'webform')) return;
  const [lastIn] = await tx.query<{ meta: string }>(
    `SELECT meta FROM events WHERE case_id = $1 AND kind = 'contact' AND direction = 'in'
     ORDER BY created_at DESC, id DESC LIMIT 1`,
    [caseId],
  );
  const meta = lastIn ? (JSON.parse(lastIn.meta) as { from?: unknown; messageId?: unknown }) : {};
  const [point] = await tx.query<{ value: string }>(
    "SELECT value FROM contact_points WHERE person_id = $1 AND kind = 'email' ORDER BY id LIMIT 1",
    [caseRow.person_id],
  );
  const to = typeof meta.from === 'string' ? meta.from : point?.value;
  if (!to) return;
  await tx.query(
    `INSERT INTO mail_outbox(event_id, case_id, to_address, subject, body_text, in_reply_to, next_attempt_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
    [
      eventId,
      caseId,
      to,
      replySubject(caseRow.subject, caseRow.ref),
      bodyText,
      typeof meta.messageId === 'string' ? meta.messageId : null,
      ctx.now,
    ],
  );
}

interface QueuedMail {
  event_id: string;
  to_address: string;
  subject: string;
  body_text: string;
  in_reply_to: string | null;
  attempts: number;
}

/**
 * Sends the replies that are due, a few at a time. Claiming with SKIP LOCKED lets several hub
 * instances share the queue without sending a mail twice; a crash between sending and marking can
 * still send one twice (at least once, never lost).
 */
export async function sendDueMail(hub: HubContext, sender: MailSender, mailDomain: string): Promise<number> {
  const now = hub.now();
  const due = await hub.db.query<QueuedMail>(
    `UPDATE mail_outbox SET claimed_until = $2 WHERE event_id IN (
       SELECT event_id FROM mail_outbox
       WHERE status = 'pending' AND next_attempt_at <= $1 AND claimed_until < $1
       ORDER BY created_at LIMIT 10 FOR UPDATE SKIP LOCKED)
     RETURNING event_id, to_address, subject, body_text, in_reply_to, attempts`,
    [now, now + CLAIM_MS],
  );
  let sent = 0;
  for (const mail of due) {
    try {
      await sender.send({
        to: mail.to_address,
        subject: mail.subject,
        text: mail.body_text,
        inReplyTo: mail.in_reply_to,
        messageId: `<${mail.event_id}@${mailDomain}>`,
      });
      await hub.db.query("UPDATE mail_outbox SET status = 'sent', sent_at = $2 WHERE event_id = $1", [
        mail.event_id,
        hub.now(),
      ]);
      sent += 1;
    } catch (error) {
      const attempts = mail.attempts + 1;
      hub.log(
        `reply mail ${mail.event_id} to ${mail.to_address} failed (attempt ${attempts}): ${String(error)}`,
      );
      await hub.db.query(
        `UPDATE mail_outbox SET attempts = $2::int, next_attempt_at = $3, claimed_until = 0, last_error = $4,
           status = CASE WHEN $2::int >= $5::int THEN 'failed' ELSE 'pending' END
         WHERE event_id = $1`,
        [mail.event_id, attempts, hub.now() + backoffMs(attempts), String(error), MAX_ATTEMPTS],
      );
    }
  }
  return sent;
}
