import type { HubContext } from '../hubContext';
import { sendDueMail } from './mailOutbox';
import type { MailInbox, MailSender } from './mailPorts';
import { pollMailbox, type MailboxSettings } from './pollMailbox';

/** Replies wait at most this long in the queue once sending works. */
const SEND_EVERY_MS = 5_000;

export interface MailWorkerOptions {
  inbox: { port: MailInbox; settings: MailboxSettings; pollMs: number } | null;
  sender: { port: MailSender; mailDomain: string } | null;
}

/** Polls the mailbox and drains the reply queue on timers; a failing round is logged and retried. */
export function startMailWorkers(hub: HubContext, options: MailWorkerOptions): { stop: () => void } {
  const timers: NodeJS.Timeout[] = [];
  const every = (ms: number, name: string, work: () => Promise<unknown>) => {
    let running = false;
    const tick = () => {
      if (running) return;
      running = true;
      work()
        .catch((error: unknown) => hub.log(`${name} failed: ${String(error)}`))
        .finally(() => {
          running = false;
        });
    };
    const timer = setInterval(tick, ms);
    timer.unref();
    timers.push(timer);
    tick();
  };
  const { inbox, sender } = options;
  if (inbox) every(inbox.pollMs, 'mail polling', () => pollMailbox(hub, inbox.port, inbox.settings));
  if (sender) every(SEND_EVERY_MS, 'reply sending', () => sendDueMail(hub, sender.port, sender.mailDomain));
  return { stop: () => timers.forEach((t) => clearInterval(t)) };
}
