import { addDays, atClock, type WallClock } from './wallClock';

export type SnoozeChoiceId = 'laterToday' | 'tomorrow' | 'nextMonday' | 'inAWeek';

export interface TimeChoice<Id extends string> {
  id: Id;
  at: number;
}

/** Mornings start at 08:00 and "later today" means the afternoon slot at 16:00, in the agent's zone. */
export const MORNING = 8;
export const AFTERNOON = 16;

/**
 * The snooze dialog's quick choices at `now`: later today 16:00 (only while it is still ahead), tomorrow
 * 08:00, next Monday 08:00 and in a week 08:00. A choice that lands on the same instant as an earlier one
 * (next Monday seen from a Sunday is tomorrow) is left out, so no two buttons do the same thing.
 */
export function snoozeChoices(now: number, clock: WallClock): TimeChoice<SnoozeChoiceId>[] {
  const today = clock.read(now);
  const daysToMonday = (8 - today.weekday) % 7 || 7;
  const candidates: TimeChoice<SnoozeChoiceId>[] = [
    { id: 'laterToday', at: clock.at(atClock(today, AFTERNOON)) },
    { id: 'tomorrow', at: clock.at(atClock(addDays(today, 1), MORNING)) },
    { id: 'nextMonday', at: clock.at(atClock(addDays(today, daysToMonday), MORNING)) },
    { id: 'inAWeek', at: clock.at(atClock(addDays(today, 7), MORNING)) },
  ];
  const seen = new Set<number>();
  return candidates.filter((choice) => {
    if (choice.at <= now || seen.has(choice.at)) return false;
    seen.add(choice.at);
    return true;
  });
}
