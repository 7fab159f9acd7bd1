import type { SyncTable } from '../../shared/sync';

/** The cases and people a sync round changed: open views of them refetch (case.changed, person.changed). */
export class Touched {
  readonly caseIds = new Set<string>();
  readonly personIds = new Set<string>();
  /** Directory rows (teams, agents, saved replies) changed. */
  directory = false;

  get size(): number {
    return this.caseIds.size + this.personIds.size + (this.directory ? 1 : 0);
  }

  // Called for every pulled row (a million in a first sync): no closures, no allocation.
  add(table: SyncTable, row: Record<string, unknown>): void {
    switch (table) {
      case 'teams':
      case 'agents':
      case 'saved_replies':
        this.directory = true;
        return;
      case 'people':
        this.addPerson(row.id);
        return;
      case 'contact_points':
        this.addPerson(row.person_id);
        return;
      case 'cases':
        this.addCase(row.id);
        this.addPerson(row.person_id);
        return;
      case 'events':
      case 'promises':
        this.addCase(row.case_id);
        this.addPerson(row.person_id);
        return;
      case 'person_merges':
        this.addPerson(row.kept_id);
        this.addPerson(row.merged_id);
        return;
    }
  }

  private addCase(id: unknown): void {
    if (typeof id === 'string') this.caseIds.add(id);
  }

  private addPerson(id: unknown): void {
    if (typeof id === 'string') this.personIds.add(id);
  }
}
