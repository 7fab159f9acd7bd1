/** contacts.log accepts calls up to a day long. */
export const MAX_CALL_SECONDS = 24 * 3600;

export type DurationParse = { ok: true; seconds: number | null } | { ok: false };

/**
 * A call's length as the agent types it: "4:30" (minutes and seconds), "1:05:00" (hours too), or a
 * number of minutes ("5", "2.5" or "2,5" — Nordic keyboards type a comma). Empty means not given.
 */
export function parseDuration(text: string): DurationParse {
  const value = text.trim();
  if (value === '') return { ok: true, seconds: null };
  let seconds: number;
  const clock = /^(?:(\d{1,2}):)?(\d{1,3}):([0-5]\d)$/.exec(value);
  if (clock) {
    seconds = Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  } else if (/^\d{1,4}(?:[.,]\d{1,2})?$/.test(value)) {
    seconds = Math.round(Number(value.replace(',', '.')) * 60);
  } else {
    return { ok: false };
  }
  return seconds <= MAX_CALL_SECONDS ? { ok: true, seconds } : { ok: false };
}
