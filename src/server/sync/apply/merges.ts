import type { MutationArgs } from '../../../shared/sync';
import { noteWithDuplicates } from '../../../shared/sync/personNotes';
import { selectList } from '../tables';
import { appendEvent, requirePerson, type ApplyContext, type CaseRow } from './applyContext';
import { Rejection } from './rejection';

type MergeRow = {
  id: string;
  kept_id: string;
  merged_id: string;
  case_ids: string;
  contact_point_ids: string;
  promise_ids: string;
  kept_note_text_before: string;
  kept_note_rich_before: string | null;
  kept_note_text_after: string;
  kept_note_rich_after: string | null;
  event_case_id: string | null;
  undone_at: number | null;
};

async function idsOf(ctx: ApplyContext, table: 'cases' | 'contact_points' | 'promises', personId: string) {
  const rows = await ctx.changes.tx.query<{ id: string }>(
    `SELECT id FROM ${table} WHERE person_id = $1 ORDER BY id`,
    [personId],
  );
  return rows.map((r) => r.id);
}

/** Re-sends rows a merge or its undo moved, to every team that sees them now. */
async function recordMoved(ctx: ApplyContext, caseIds: string[], pointIds: string[], promiseIds: string[]) {
  const { tx } = ctx.changes;
  const cases = await tx.query<{ id: string; team_id: string }>(
    'SELECT id, team_id FROM cases WHERE id = ANY($1::uuid[])',
    [caseIds],
  );
  for (const c of cases) await ctx.changes.row('cases', c.id, [c.team_id]);
  const points = await tx.query<{ id: string; person_id: string }>(
    'SELECT id, person_id FROM contact_points WHERE id = ANY($1::uuid[])',
    [pointIds],
  );
  for (const p of points) await ctx.changes.personRow('contact_points', p.id, p.person_id);
  const promises = await tx.query<{ id: string; team_id: string }>(
    'SELECT p.id, c.team_id FROM promises p JOIN cases c ON c.id = p.case_id WHERE p.id = ANY($1::uuid[])',
    [promiseIds],
  );
  for (const p of promises) await ctx.changes.row('promises', p.id, [p.team_id]);
}

/** Both records become visible wherever either was: the teams of the duplicate's cases now see the kept one. */
async function shareVisibility(ctx: ApplyContext, a: string, b: string): Promise<void> {
  const teamsA = await ctx.changes.personTeams(a);
  const teamsB = await ctx.changes.personTeams(b);
  for (const team of teamsA) await ctx.changes.grantPerson(b, team);
  for (const team of teamsB) await ctx.changes.grantPerson(a, team);
}

async function latestCaseIn(ctx: ApplyContext, personId: string): Promise<CaseRow | null> {
  const [row] = await ctx.changes.tx.query<CaseRow>(
    `SELECT ${selectList('cases')} FROM cases WHERE person_id = $1 AND team_id = ANY($2::uuid[])
     ORDER BY last_contact_at DESC, created_at DESC, id DESC LIMIT 1`,
    [personId, [...ctx.agent.teamIds]],
  );
  return row ?? null;
}

/**
 * The duplicate's cases, contact points and promises move to the kept person, its note is added below
 * the kept one, and it is marked merged; what moved is recorded so the merge can be undone.
 */
export async function mergePeople(ctx: ApplyContext, args: MutationArgs<'people.merge'>): Promise<void> {
  if (args.keepId === args.mergeId)
    throw new Rejection('invalid_args', 'A person cannot be merged into themselves.');
  const kept = await requirePerson(ctx, args.keepId);
  const duplicate = await requirePerson(ctx, args.mergeId);
  if (kept.merged_into !== null) {
    throw new Rejection(
      'conflict',
      'The person to keep was merged into another record; merge into that one.',
    );
  }
  if (duplicate.merged_into !== null) throw new Rejection('conflict', 'This duplicate is already merged.');
  const { tx } = ctx.changes;
  const caseIds = await idsOf(ctx, 'cases', duplicate.id);
  const pointIds = await idsOf(ctx, 'contact_points', duplicate.id);
  const promiseIds = await idsOf(ctx, 'promises', duplicate.id);
  await shareVisibility(ctx, kept.id, duplicate.id);
  await tx.query('UPDATE cases SET person_id = $1, updated_at = $3 WHERE person_id = $2', [
    kept.id,
    duplicate.id,
    ctx.now,
  ]);
  await tx.query('UPDATE contact_points SET person_id = $1 WHERE person_id = $2', [kept.id, duplicate.id]);
  await tx.query('UPDATE promises SET person_id = $1 WHERE person_id = $2', [kept.id, duplicate.id]);
  await recordMoved(ctx, caseIds, pointIds, promiseIds);

  const before = { rich: kept.note_rich, text: kept.note_text };
  const after = noteWithDuplicates(before, { rich: duplicate.note_rich, text: duplicate.note_text });
  if (after !== before) {
    await tx.query(
      'UPDATE people SET note_rich = $2, note_text = $3, note_updated_by = $4, note_updated_at = $5 WHERE id = $1',
      [kept.id, after.rich, after.text, ctx.agent.id, ctx.now],
    );
  }
  await tx.query('UPDATE people SET merged_into = $1 WHERE id = $2', [kept.id, duplicate.id]);
  await ctx.changes.personRow('people', kept.id, kept.id);
  await ctx.changes.personRow('people', duplicate.id, duplicate.id);

  const latest = await latestCaseIn(ctx, kept.id);
  await tx.query(
    `INSERT INTO person_merges(id, kept_id, merged_id, case_ids, contact_point_ids, promise_ids,
       kept_note_text_before, kept_note_rich_before, kept_note_text_after, kept_note_rich_after, event_case_id, at, by_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      args.personMergeId,
      kept.id,
      duplicate.id,
      JSON.stringify(caseIds),
      JSON.stringify(pointIds),
      JSON.stringify(promiseIds),
      before.text,
      before.rich,
      after.text,
      after.rich,
      latest?.id ?? null,
      ctx.now,
      ctx.agent.id,
    ],
  );
  await ctx.changes.personRow('person_merges', args.personMergeId, kept.id);
  if (latest === null) return;
  await appendEvent(ctx, latest, {
    id: args.eventId,
    kind: 'person_merged',
    meta: {
      mergeId: args.personMergeId,
      keptId: kept.id,
      mergedId: duplicate.id,
      mergedName: duplicate.name,
      caseIds,
      undone: false,
    },
  });
}

/**
 * Undoes a merge: exactly what moved goes back (and promises made since on those cases). The kept
 * note returns to its earlier text only if nobody edited it since, so no one's text is lost.
 */
export async function unmergePeople(ctx: ApplyContext, args: MutationArgs<'people.unmerge'>): Promise<void> {
  const { tx } = ctx.changes;
  const [merge] = await tx.query<MergeRow>('SELECT * FROM person_merges WHERE id = $1 FOR UPDATE', [
    args.mergeId,
  ]);
  if (!merge) throw new Rejection('not_found', 'There is no such merge.');
  const kept = await requirePerson(ctx, merge.kept_id);
  const restored = await requirePerson(ctx, merge.merged_id);
  if (merge.undone_at !== null) throw new Rejection('conflict', 'This merge was already undone.');
  if (kept.merged_into !== null) {
    throw new Rejection(
      'conflict',
      `${kept.name} was merged into another record since; undo that merge first.`,
    );
  }
  const caseIds = JSON.parse(merge.case_ids) as string[];
  const pointIds = JSON.parse(merge.contact_point_ids) as string[];
  const movedCases = await tx.query<{ id: string }>(
    `UPDATE cases SET person_id = $2, updated_at = $3 WHERE person_id = $1 AND id = ANY($4::uuid[]) RETURNING id`,
    [kept.id, restored.id, ctx.now, caseIds],
  );
  const movedPoints = await tx.query<{ id: string }>(
    'UPDATE contact_points SET person_id = $2 WHERE person_id = $1 AND id = ANY($3::uuid[]) RETURNING id',
    [kept.id, restored.id, pointIds],
  );
  const movedPromises = await tx.query<{ id: string }>(
    `UPDATE promises SET person_id = $2 WHERE person_id = $1 AND (id = ANY($3::uuid[]) OR case_id = ANY($4::uuid[]))
     RETURNING id`,
    [kept.id, restored.id, JSON.parse(merge.promise_ids) as string[], caseIds],
  );
  const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id);
  await recordMoved(ctx, ids(movedCases), ids(movedPoints), ids(movedPromises));

  const untouched =
    kept.note_text === merge.kept_note_text_after && kept.note_rich === merge.kept_note_rich_after;
  if (untouched && merge.kept_note_text_after !== merge.kept_note_text_before) {
    await tx.query(
      'UPDATE people SET note_rich = $2, note_text = $3, note_updated_by = $4, note_updated_at = $5 WHERE id = $1',
      [kept.id, merge.kept_note_rich_before, merge.kept_note_text_before, ctx.agent.id, ctx.now],
    );
  }
  await tx.query('UPDATE people SET merged_into = NULL WHERE id = $1', [restored.id]);
  await tx.query('UPDATE person_merges SET undone_at = $2 WHERE id = $1', [merge.id, ctx.now]);
  await ctx.changes.personRow('people', kept.id, kept.id);
  await ctx.changes.personRow('people', restored.id, restored.id);
  await ctx.changes.personRow('person_merges', merge.id, kept.id);

  const [mergeCase] =
    merge.event_case_id === null
      ? []
      : await tx.query<CaseRow>(
          `SELECT ${selectList('cases')} FROM cases WHERE id = $1 AND team_id = ANY($2::uuid[])`,
          [merge.event_case_id, [...ctx.agent.teamIds]],
        );
  const recordOn = mergeCase ?? (await latestCaseIn(ctx, kept.id)) ?? (await latestCaseIn(ctx, restored.id));
  if (recordOn === null) return;
  await appendEvent(ctx, recordOn, {
    id: args.eventId,
    kind: 'person_merged',
    meta: {
      mergeId: merge.id,
      keptId: kept.id,
      mergedId: restored.id,
      mergedName: restored.name,
      caseIds,
      undone: true,
    },
  });
}
