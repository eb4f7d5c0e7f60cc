/**
 * Dates of the Dutch calendar. A closing date is a day in the Netherlands: at 00:30 in Amsterdam it is already
 * tomorrow there while UTC still says today, so "today" is always taken in Europe/Amsterdam.
 */
export const VACANCY_TIME_ZONE = 'Europe/Amsterdam';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// en-CA formats as YYYY-MM-DD; one formatter, because building it costs more than formatting.
const amsterdamFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: VACANCY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Amsterdam at `now`, as `YYYY-MM-DD`. */
export function amsterdamDate(now: Date): string {
  return amsterdamFormat.format(now);
}

/** Whether `value` is a real calendar date written as `YYYY-MM-DD` (no 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** `date` plus whole months; the 31st of a shorter month becomes its last day (2025-01-31 + 1 = 2025-02-28). */
export function addMonths(date: string, months: number): string {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`not a date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const firstOfTarget = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0),
  ).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(day, lastDay));
  return firstOfTarget.toISOString().slice(0, 10);
}
