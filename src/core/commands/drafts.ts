import type { Args, Result } from '../../shared/api';
import type { Draft } from '../../shared/domain';
import type { CommandContext } from './context';
import { requireCase } from './records';
import { prepared } from '../queries/statements';

/**
 * Autosaved composer state, one per (case, agent, mode). Drafts are this desk's own: they are not
 * commands and never enter the outbox.
 */

export function saveDraft(ctx: CommandContext, args: Args<'drafts.save'>): Result<'drafts.save'> {
  requireCase(ctx.db, args.caseId);
  prepared(
    ctx.db,
    `INSERT INTO drafts(case_id, agent_id, mode, content, text, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(case_id, agent_id, mode)
       DO UPDATE SET content = excluded.content, text = excluded.text, updated_at = excluded.updated_at`,
  ).run(args.caseId, ctx.meId, args.mode, args.content, args.text, ctx.now);
  return { savedAt: ctx.now };
}

interface DraftRow {
  case_id: string;
  agent_id: string;
  mode: Draft['mode'];
  content: string;
  text: string;
  updated_at: number;
}

export function loadDraft(ctx: CommandContext, args: Args<'drafts.load'>): Result<'drafts.load'> {
  const row = prepared(
    ctx.db,
    `SELECT case_id, agent_id, mode, content, text, updated_at FROM drafts
       WHERE case_id = ? AND agent_id = ? AND mode = ?`,
  ).get(args.caseId, ctx.meId, args.mode) as DraftRow | undefined;
  if (!row) return { draft: null };
  return {
    draft: {
      caseId: row.case_id,
      agentId: row.agent_id,
      mode: row.mode,
      content: row.content,
      text: row.text,
      updatedAt: row.updated_at,
    },
  };
}

export function discardDraft(ctx: CommandContext, args: Args<'drafts.discard'>): Result<'drafts.discard'> {
  prepared(ctx.db, 'DELETE FROM drafts WHERE case_id = ? AND agent_id = ? AND mode = ?').run(
    args.caseId,
    ctx.meId,
    args.mode,
  );
  return {};
}
