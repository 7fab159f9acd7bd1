/** What a read needs besides the database: who is asking, and what time it is (for due/overdue and 7-day windows). */
export interface QueryContext {
  meId: string;
  now: number;
}
