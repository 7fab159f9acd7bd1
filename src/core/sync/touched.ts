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

  add(table: SyncTable, row: Record<string, unknown>): void {
    const text = (key: string): string | null => (typeof row[key] === 'string' ? (row[key] as string) : null);
    const addCase = (id: string | null) => id !== null && this.caseIds.add(id);
    const addPerson = (id: string | null) => id !== null && this.personIds.add(id);
    switch (table) {
      case 'teams':
      case 'agents':
      case 'saved_replies':
        this.directory = true;
        return;
      case 'people':
        addPerson(text('id'));
        return;
      case 'contact_points':
        addPerson(text('person_id'));
        return;
      case 'cases':
        addCase(text('id'));
        addPerson(text('person_id'));
        return;
      case 'events':
      case 'promises':
        addCase(text('case_id'));
        addPerson(text('person_id'));
        return;
      case 'person_merges':
        addPerson(text('kept_id'));
        addPerson(text('merged_id'));
        return;
    }
  }
}
