import { caseRefIn } from '../channels/caseRefs';
import { ingestContact } from '../channels/ingestContact';
import type { HubContext } from '../hubContext';
import type { MailInbox } from './mailPorts';

/** How long one instance may poll a mailbox before another may take over (it crashed mid-poll). */
const LEASE_MS = 5 * 60_000;

export interface MailboxSettings {
  /** Names the mailbox in the hub's records (position, receipts). */
  name: string;
  teamId: string;
  /** This hub instance; only the lease holder polls. */
  instanceId: string;
}

/**
 * One poll: takes the mailbox's lease (so of several hub instances one polls), reads new messages
 * and records each as an incoming e-mail contact. A message quoting a case ref continues that case;
 * any other opens a new one. Returns how many contacts were stored (re-read messages count 0).
 */
export async function pollMailbox(
  hub: HubContext,
  inbox: MailInbox,
  settings: MailboxSettings,
): Promise<number> {
  const now = hub.now();
  await hub.db.query('INSERT INTO mailboxes(name) VALUES ($1) ON CONFLICT DO NOTHING', [settings.name]);
  const [position] = await hub.db.query<{ uid_validity: number | null; last_uid: number }>(
    `UPDATE mailboxes SET lease_owner = $2, lease_until = $3
     WHERE name = $1 AND (lease_until < $4 OR lease_owner = $2) RETURNING uid_validity, last_uid`,
    [settings.name, settings.instanceId, now + LEASE_MS, now],
  );
  if (!position) return 0;
  let stored = 0;
  try {
    const { uidValidity, messages } = await inbox.read({
      uidValidity: position.uid_validity,
      lastUid: position.uid_validity === null ? 0 : position.last_uid,
    });
    for (const mail of messages) {
      if (mail.from.address !== '' && mail.text.trim() !== '') {
        const ref = caseRefIn(mail.subject);
        const result = await ingestContact(hub, {
          channel: 'email',
          teamId: settings.teamId,
          sender: { name: mail.from.name, email: mail.from.address, phone: null },
          subject: mail.subject.trim() || '(no subject)',
          bodyText: mail.text,
          direction: 'in',
          at: mail.date,
          meta: { from: mail.from.address, messageId: mail.messageId },
          thread: ref ? { kind: 'ref', ref } : { kind: 'new-case' },
          receipt: {
            source: `mail:${settings.name}`,
            externalId: mail.messageId ?? `uid:${uidValidity}:${mail.uid}`,
          },
        });
        if (!result.duplicate) stored += 1;
      }
      await hub.db.query('UPDATE mailboxes SET uid_validity = $2, last_uid = $3 WHERE name = $1', [
        settings.name,
        uidValidity,
        mail.uid,
      ]);
    }
    if (messages.length === 0) {
      await hub.db.query('UPDATE mailboxes SET uid_validity = $2 WHERE name = $1', [
        settings.name,
        uidValidity,
      ]);
    }
  } finally {
    await hub.db.query('UPDATE mailboxes SET lease_until = 0 WHERE name = $1 AND lease_owner = $2', [
      settings.name,
      settings.instanceId,
    ]);
  }
  return stored;
}
