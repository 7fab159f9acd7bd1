import { zoneFromOffsets } from '../../../src/renderer/features/case/actions/wallClock';

/** The last Sunday of a month (0-based), at 01:00 UTC: when the EU changes its clocks. */
function lastSundayAt0100Utc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 24 * 3_600_000;
}

/** Europe/Stockholm (and Oslo) by the EU rule: CET (+60) in winter, CEST (+120) from late March to late October. */
export const stockholm = zoneFromOffsets((utc) => {
  const year = new Date(utc).getUTCFullYear();
  const summer = utc >= lastSundayAt0100Utc(year, 2) && utc < lastSundayAt0100Utc(year, 9);
  return summer ? 120 : 60;
});

/** A zone without daylight saving, five hours behind UTC (an agent working from Bogotá). */
export const utcMinus5 = zoneFromOffsets(() => -300);

/** "2026-03-29T06:00Z" as epoch milliseconds, for readable expectations. */
export const utc = (iso: string): number => new Date(iso).getTime();
