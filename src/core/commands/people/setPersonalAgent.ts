import { optionalCommandId } from '../commandId';
import type { Args, Result } from '../../../shared/api';
import { personFromRow } from '../../store/rows';
import type { CommandContext } from '../context';
import { appendEvent, readPerson, requireAgent } from '../records';
import { runCommand } from '../runCommand';
import { latestCaseOf } from './latestCase';
import { requireLivePerson } from './livePerson';
import { prepared } from '../../queries/statements';

/**
 * Names the person's personal agent (their new contacts route back to them), or nobody. The change is
 * history: it goes on the person's latest case as an `assigned` event marked `personalAgent`, so the
 * person view's timeline shows who owns them since when.
 */
export function setPersonalAgent(
  ctx: CommandContext,
  args: Args<'people.setPersonalAgent'>,
): Result<'people.setPersonalAgent'> {
  const before = requireLivePerson(ctx.db, args.personId);
  if (args.agentId !== null) requireAgent(ctx.db, args.agentId);
  if (before.personal_agent_id === args.agentId) return { person: personFromRow(before) };
  const latest = latestCaseOf(ctx.db, before.id);
  const eventId = latest === null ? null : optionalCommandId(ctx, 'eventId');
  return runCommand(ctx, 'people.setPersonalAgent', args, eventId === null ? {} : { eventId }, () => {
    prepared(ctx.db, 'UPDATE people SET personal_agent_id = ? WHERE id = ?').run(args.agentId, before.id);
    if (latest !== null && eventId !== null) {
      appendEvent(ctx, latest, {
        id: eventId,
        kind: 'assigned',
        meta: { personalAgent: true, personId: before.id, from: before.personal_agent_id, to: args.agentId },
      });
    }
    return { person: readPerson(ctx.db, before.id) };
  });
}
