import { rowSchemas, type SyncTable } from '../../shared/sync';

/** The desk columns of each synced table, in the order rows.ts lists them (no hub-only columns). */
export function columnsOf(table: SyncTable): readonly string[] {
  return Object.keys(rowSchemas[table].shape);
}

export function selectList(table: SyncTable, alias?: string): string {
  return columnsOf(table)
    .map((c) => (alias === undefined ? c : `${alias}.${c}`))
    .join(', ');
}
