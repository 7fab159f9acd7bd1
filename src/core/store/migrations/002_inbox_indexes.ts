/**
 * Two inbox indexes, measured at 100k cases / 1M events (tests/core/queries/inboxPlan.test.ts
 * asserts the plans):
 * - channel filter: without it a filtered view reads every case row of the team
 *   (46 ms to count one view; 0.2 ms with this covering index);
 * - mine / unassigned within my team: cases_assignee_status_last has no team_id, so every
 *   unassigned case of every team was read to check its team (21 ms to count; 0.2 ms).
 */
export const inboxIndexes = `
CREATE INDEX cases_team_channel_status_last ON cases(team_id, channel, status, last_contact_at DESC, n DESC);
CREATE INDEX cases_team_assignee_status_last ON cases(team_id, assignee_id, status, last_contact_at DESC, n DESC);
`;
