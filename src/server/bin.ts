import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { findTeam } from './accounts/directory';
import { ADMIN_USAGE, parseAdminCommand, runAdminCommand, UsageError } from './adminCli';
import { hubConfigFromEnv, type HubConfig } from './config';
import { lockDataDir } from './dataDirLock';
import { openHubDb } from './db/openHubDb';
import type { HubDb } from './db/port';
import { serveHub } from './hub';
import { DEFAULT_CHANGE_CHANNEL, type HubContext } from './hubContext';
import { imapInbox } from './mail/imapInbox';
import { mailConfigFromEnv, mailDomainOf, type MailConfig } from './mail/mailConfig';
import { queueReplyMail } from './mail/mailOutbox';
import { startMailWorkers } from './mail/mailWorkers';
import { smtpSender } from './mail/smtpSender';

/**
 * `npm run hub` serves a hub; `npm run hub -- admin <command>` manages accounts. The first stdout
 * line of a serving hub is its URL (scripts and tests read it); everything else goes to stderr.
 */

const log = (message: string): void => {
  process.stderr.write(`${new Date().toISOString()} ${message}\n`);
};

async function openStorage(config: HubConfig): Promise<{ db: HubDb; release: () => void }> {
  const release =
    config.storage.kind === 'pglite' && config.storage.dataDir
      ? lockDataDir(config.storage.dataDir)
      : () => undefined;
  try {
    return { db: await openHubDb(config.storage), release };
  } catch (error) {
    release();
    throw error;
  }
}

function contextFor(config: HubConfig, db: HubDb): HubContext {
  return { db, now: Date.now, changeChannel: DEFAULT_CHANGE_CHANNEL, sessionTtlMs: config.sessionTtlMs, log };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function admin(config: HubConfig, argv: string[]): Promise<void> {
  const command = parseAdminCommand(argv);
  const { db, release } = await openStorage(config);
  try {
    const result = await runAdminCommand(contextFor(config, db), command, readStdin);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await db.close();
    release();
  }
}

/** E-mail in (IMAP polling) and out (SMTP), when configured. */
async function startMail(hub: HubContext, mail: MailConfig): Promise<{ stop: () => void }> {
  const team = mail.team === null ? null : await findTeam(hub, mail.team);
  const instanceId = `${hostname()}:${process.pid}:${randomUUID()}`;
  return startMailWorkers(hub, {
    inbox:
      mail.imap && team
        ? {
            port: imapInbox(mail.imap),
            settings: {
              name: `${mail.imap.user}@${mail.imap.host}/${mail.imap.mailbox}`,
              teamId: team.id,
              instanceId,
            },
            pollMs: mail.pollMs,
          }
        : null,
    sender: mail.smtpUrl
      ? { port: smtpSender(mail.smtpUrl, mail.from), mailDomain: mailDomainOf(mail.from) }
      : null,
  });
}

async function serve(config: HubConfig): Promise<void> {
  const mail = mailConfigFromEnv(process.env);
  const { db, release } = await openStorage(config);
  const hub = contextFor(config, db);
  const running = await serveHub({
    hub,
    port: config.port,
    host: config.host,
    hooks: mail.smtpUrl ? { onReply: queueReplyMail } : {},
  });
  const mailWorkers = await startMail(hub, mail);
  process.stdout.write(`${running.url}\n`);
  log(
    `hub listening on ${running.url} (storage: ${db.kind}; e-mail in: ${mail.imap ? 'on' : 'off'}, out: ${mail.smtpUrl ? 'on' : 'off'})`,
  );
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    mailWorkers.stop();
    await running.close();
    await db.close();
    release();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

async function main(argv: string[]): Promise<void> {
  const config = hubConfigFromEnv(process.env);
  const [command, ...rest] = argv;
  if (command === 'admin') return admin(config, rest);
  if (command === undefined || command === 'serve') return serve(config);
  throw new UsageError(`Unknown command "${command}". Run the hub with no arguments, or: admin <command>.`);
}

/** Failures with a message meant for the operator: no stack trace. */
const expectedErrors = new Set(['ConfigError', 'DirectoryError', 'DataDirInUseError', 'NewerHubSchemaError']);

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n\n${ADMIN_USAGE}\n`);
    process.exit(2);
  }
  const known = error instanceof Error && expectedErrors.has(error.name);
  process.stderr.write(`${known ? error.message : String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
