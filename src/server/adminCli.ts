import { parseArgs } from 'node:util';
import { createAgent, createChannelKey, createTeam, findTeam, setPassword } from './accounts/directory';
import type { HubContext } from './hubContext';

export const ADMIN_USAGE = `Usage: npm run hub -- admin <command> [options]

  create-team --name <name>
  create-agent --email <email> --name <name> --team <team id or name> [--password <password> | --password-stdin]
  set-password --email <email> (--password <password> | --password-stdin)
  create-channel-key --team <team id or name> --channel webform|calls [--label <label>]

Each prints one JSON line with what it created. A channel key is shown once: store it now.`;

export class UsageError extends Error {
  override name = 'UsageError';
}

export type AdminCommand =
  | { kind: 'create-team'; name: string }
  | { kind: 'create-agent'; email: string; name: string; team: string; password: PasswordSource }
  | { kind: 'set-password'; email: string; password: PasswordSource }
  | { kind: 'create-channel-key'; team: string; channel: 'webform' | 'calls'; label: string };

/** A password from the command line, from stdin (kept out of shell history), or none. */
type PasswordSource = { from: 'flag'; value: string } | { from: 'stdin' } | null;

const options = {
  name: { type: 'string' },
  email: { type: 'string' },
  team: { type: 'string' },
  password: { type: 'string' },
  'password-stdin': { type: 'boolean' },
  channel: { type: 'string' },
  label: { type: 'string' },
} as const;

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`--${flag} is required.`);
  return value;
}

/** Reads an admin command line without touching the database; a mistake is a UsageError. */
export function parseAdminCommand(argv: readonly string[]): AdminCommand {
  const [command, ...rest] = argv;
  let flags;
  try {
    flags = parseArgs({ args: [...rest], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const password: PasswordSource = flags['password-stdin']
    ? { from: 'stdin' }
    : flags.password === undefined
      ? null
      : { from: 'flag', value: flags.password };
  switch (command) {
    case 'create-team':
      return { kind: command, name: required(flags.name, 'name') };
    case 'create-agent':
      return {
        kind: command,
        email: required(flags.email, 'email'),
        name: required(flags.name, 'name'),
        team: required(flags.team, 'team'),
        password,
      };
    case 'set-password':
      if (password === null) throw new UsageError('--password or --password-stdin is required.');
      return { kind: command, email: required(flags.email, 'email'), password };
    case 'create-channel-key': {
      const channel = required(flags.channel, 'channel');
      if (channel !== 'webform' && channel !== 'calls')
        throw new UsageError('--channel must be webform or calls.');
      return { kind: command, team: required(flags.team, 'team'), channel, label: flags.label ?? channel };
    }
    default:
      throw new UsageError(
        command === undefined ? 'Which admin command?' : `Unknown admin command "${command}".`,
      );
  }
}

/** Runs one admin command against the hub's database and returns what to print. */
export async function runAdminCommand(
  hub: HubContext,
  command: AdminCommand,
  readStdin: () => Promise<string>,
): Promise<Record<string, unknown>> {
  const passwordOf = async (source: PasswordSource): Promise<string | undefined> =>
    source === null
      ? undefined
      : source.from === 'flag'
        ? source.value
        : (await readStdin()).replace(/\r?\n$/, '');
  switch (command.kind) {
    case 'create-team':
      return { team: await createTeam(hub, command.name) };
    case 'create-agent': {
      const team = await findTeam(hub, command.team);
      const password = await passwordOf(command.password);
      return {
        agent: await createAgent(hub, {
          name: command.name,
          email: command.email,
          teamId: team.id,
          password,
        }),
      };
    }
    case 'set-password':
      await setPassword(hub, command.email, (await passwordOf(command.password)) ?? '');
      return { email: command.email, passwordSet: true };
    case 'create-channel-key': {
      const team = await findTeam(hub, command.team);
      const created = await createChannelKey(hub, {
        teamId: team.id,
        channel: command.channel,
        label: command.label,
      });
      return { channelKey: { ...created, team: team.name, channel: command.channel } };
    }
  }
}
