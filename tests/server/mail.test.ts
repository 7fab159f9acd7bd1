import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueReplyMail, sendDueMail } from '../../src/server/mail/mailOutbox';
import type { IncomingMail, MailboxPosition, MailInbox, OutgoingMail } from '../../src/server/mail/mailPorts';
import { pollMailbox } from '../../src/server/mail/pollMailbox';
import { textOfHtml, textPartOf } from '../../src/server/mail/imapInbox';
import { imapSettingsFromUrl } from '../../src/server/mail/mailConfig';
import { TestDesk } from './support/testDesk';
import { addAgent, addTeam, authFor, openTestHub, T0, type TestHub } from './support/testHub';

let t: TestHub;
beforeAll(async () => {
  t = await openTestHub();
});
afterAll(async () => {
  await t.close();
});

/** An IMAP mailbox in memory: what `read` would return after a position. */
class FakeInbox implements MailInbox {
  readonly messages: IncomingMail[] = [];
  reads: MailboxPosition[] = [];
  constructor(readonly uidValidity = 7) {}
  deliver(mail: Omit<IncomingMail, 'uid'>): void {
    this.messages.push({ ...mail, uid: this.messages.length + 1 });
  }
  async read(since: MailboxPosition) {
    this.reads.push(since);
    const from = since.uidValidity === this.uidValidity ? since.lastUid : 0;
    return { uidValidity: this.uidValidity, messages: this.messages.filter((m) => m.uid > from) };
  }
}

class FakeSender {
  readonly sent: OutgoingMail[] = [];
  failures = 0;
  async send(mail: OutgoingMail): Promise<void> {
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('421 try again later');
    }
    this.sent.push(mail);
  }
}

const mailFrom = (address: string, subject: string, text: string, messageId: string) => ({
  messageId,
  from: { address, name: 'Greta Sund' },
  subject,
  text,
  date: T0 - 60_000,
});

async function mailboxForNewTeam() {
  const team = await addTeam(t.hub);
  const settings = { name: `inbox-${uuidv7()}`, teamId: team.id, instanceId: 'hub-1' };
  return { team, settings, inbox: new FakeInbox() };
}

describe('e-mail in', () => {
  it('turns a new mail into a person and a case, and a reply quoting the ref into a contact on it', async () => {
    const { team, settings, inbox } = await mailboxForNewTeam();
    inbox.deliver(
      mailFrom('greta@sund.example', 'Borttappat kort', 'Jag har tappat mitt kort.', '<m1@sund>'),
    );
    expect(await pollMailbox(t.hub, inbox, settings)).toBe(1);
    const [caseRow] = await t.hub.db.query<{ id: string; ref: string; team_id: string; channel: string }>(
      `SELECT c.id, c.ref, c.team_id, c.channel FROM cases c JOIN contact_points cp ON cp.person_id = c.person_id
       WHERE cp.norm_value = 'gretasundexample'`,
    );
    expect(caseRow).toMatchObject({ team_id: team.id, channel: 'email' });
    inbox.deliver(
      mailFrom('greta@sund.example', `Re: Borttappat kort [${caseRow?.ref}]`, 'Hittade det!', '<m2@sund>'),
    );
    expect(await pollMailbox(t.hub, inbox, settings)).toBe(1);
    const events = await t.hub.db.query(
      'SELECT body_text FROM events WHERE case_id = $1 ORDER BY created_at, id',
      [caseRow?.id],
    );
    expect(events).toEqual([{ body_text: 'Jag har tappat mitt kort.' }, { body_text: 'Hittade det!' }]);
    expect(inbox.reads.at(-1)).toEqual({ uidValidity: 7, lastUid: 1 });
  });

  it('stores a message read twice once (the mailbox was reset)', async () => {
    const { settings, inbox } = await mailboxForNewTeam();
    inbox.deliver(mailFrom('ivar@exempel.se', 'Fråga', 'Hej!', '<same@exempel>'));
    expect(await pollMailbox(t.hub, inbox, settings)).toBe(1);
    const reset = new FakeInbox(8);
    reset.deliver(mailFrom('ivar@exempel.se', 'Fråga', 'Hej!', '<same@exempel>'));
    expect(await pollMailbox(t.hub, reset, settings)).toBe(0);
    expect(reset.reads).toEqual([{ uidValidity: 7, lastUid: 1 }]);
  });

  it('lets only one hub instance poll a mailbox at a time', async () => {
    const { settings, inbox } = await mailboxForNewTeam();
    const second = new FakeInbox();
    let secondStored = -1;
    const first: MailInbox = {
      read: async (since) => {
        secondStored = await pollMailbox(t.hub, second, { ...settings, instanceId: 'hub-2' });
        return inbox.read(since);
      },
    };
    await pollMailbox(t.hub, first, settings);
    expect(secondStored).toBe(0);
    expect(second.reads).toEqual([]);
  });
});

describe('e-mail out', () => {
  async function emailCaseWithDesk() {
    const { team, settings, inbox } = await mailboxForNewTeam();
    inbox.deliver(mailFrom('greta@post.example', 'Autogiro', 'När dras pengarna?', '<q1@post>'));
    await pollMailbox(t.hub, inbox, settings);
    const [caseRow] = await t.hub.db.query<{ id: string; ref: string }>(
      "SELECT c.id, c.ref FROM cases c JOIN contact_points cp ON cp.person_id = c.person_id WHERE cp.value = 'greta@post.example' AND c.team_id = $1",
      [team.id],
    );
    const desk = new TestDesk(t.hub, await authFor(t.hub, await addAgent(t.hub, team)), {
      onReply: queueReplyMail,
    });
    return { caseRow: caseRow as { id: string; ref: string }, desk };
  }

  it('sends a reply to the customer, threaded, with the case ref in the subject', async () => {
    const { caseRow, desk } = await emailCaseWithDesk();
    const reply = {
      caseId: caseRow.id,
      bodyText: 'Den 27:e varje månad.',
      bodyRich: null,
      eventId: uuidv7(),
    };
    await desk.push([desk.mutation('replies.send', reply)]);
    const sender = new FakeSender();
    expect(await sendDueMail(t.hub, sender, 'kundservice.example')).toBeGreaterThanOrEqual(1);
    expect(sender.sent.find((m) => m.messageId === `<${reply.eventId}@kundservice.example>`)).toEqual({
      to: 'greta@post.example',
      subject: `Re: Autogiro [${caseRow.ref}]`,
      text: 'Den 27:e varje månad.',
      inReplyTo: '<q1@post>',
      messageId: `<${reply.eventId}@kundservice.example>`,
    });
    expect(await sendDueMail(t.hub, sender, 'kundservice.example')).toBe(0);
  });

  it('never mails an internal note', async () => {
    const { caseRow, desk } = await emailCaseWithDesk();
    const note = {
      caseId: caseRow.id,
      bodyText: 'Internt: kunden verkar stressad.',
      bodyRich: null,
      eventId: uuidv7(),
    };
    await desk.push([desk.mutation('notes.add', note)]);
    expect(await t.hub.db.query('SELECT 1 FROM mail_outbox WHERE event_id = $1', [note.eventId])).toEqual([]);
  });

  it('retries a reply the mail server refused, later', async () => {
    const { caseRow, desk } = await emailCaseWithDesk();
    const reply = { caseId: caseRow.id, bodyText: 'Vi återkommer.', bodyRich: null, eventId: uuidv7() };
    await desk.push([desk.mutation('replies.send', reply)]);
    const sender = new FakeSender();
    sender.failures = 100;
    await sendDueMail(t.hub, sender, 'kundservice.example');
    const [queued] = await t.hub.db.query<{ status: string; attempts: number; next_attempt_at: number }>(
      'SELECT status, attempts, next_attempt_at FROM mail_outbox WHERE event_id = $1',
      [reply.eventId],
    );
    expect(queued).toMatchObject({ status: 'pending', attempts: 1 });
    expect(queued?.next_attempt_at).toBeGreaterThan(t.clock.time);
    sender.failures = 0;
    t.clock.advance(60_000);
    await sendDueMail(t.hub, sender, 'kundservice.example');
    expect(sender.sent.map((m) => m.text)).toContain('Vi återkommer.');
  });
});

describe('reading mail', () => {
  it('reads the plain-text part, or the HTML one as text', () => {
    const structure = {
      type: 'multipart/alternative',
      childNodes: [
        { type: 'text/html', part: '2' },
        { type: 'text/plain', part: '1' },
      ],
    };
    expect(textPartOf(structure)).toEqual({ part: '1', html: false });
    expect(textPartOf({ type: 'text/html', part: '1' })).toEqual({ part: '1', html: true });
    expect(textOfHtml('<p>Hej &amp; tack</p><p>Åsa</p>')).toBe('Hej & tack\nÅsa');
  });

  it('takes the mailbox from an imaps URL', () => {
    expect(imapSettingsFromUrl('imaps://kund%40bank.se:p%C3%A5ss@imap.bank.se/Inkorg')).toEqual({
      host: 'imap.bank.se',
      port: 993,
      secure: true,
      user: 'kund@bank.se',
      pass: 'påss',
      mailbox: 'Inkorg',
    });
  });
});
