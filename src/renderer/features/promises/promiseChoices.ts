import { AFTERNOON, MORNING, type TimeChoice } from '../case/actions/snoozeChoices';
import { addDays, atClock, type WallClock } from '../case/actions/wallClock';

/** `today` turns into `tomorrowAfternoon` once 16:00 has passed; the dialog names whichever it got. */
export type PromiseChoiceId = 'today' | 'tomorrowAfternoon' | 'tomorrowMorning' | 'inThreeDays';

/**
 * When a promise could fall due, at `now`: today 16:00 (tomorrow 16:00 once that has passed), tomorrow
 * morning 08:00, and in three days 16:00 — "I'll call you back" times, in the agent's own zone.
 */
export function promiseChoices(now: number, clock: WallClock): TimeChoice<PromiseChoiceId>[] {
  const today = clock.read(now);
  const todayAfternoon = clock.at(atClock(today, AFTERNOON));
  const first: TimeChoice<PromiseChoiceId> =
    todayAfternoon > now
      ? { id: 'today', at: todayAfternoon }
      : { id: 'tomorrowAfternoon', at: clock.at(atClock(addDays(today, 1), AFTERNOON)) };
  return [
    first,
    { id: 'tomorrowMorning', at: clock.at(atClock(addDays(today, 1), MORNING)) },
    { id: 'inThreeDays', at: clock.at(atClock(addDays(today, 3), AFTERNOON)) },
  ];
}
