/**
 * Policy dates as approval records give them: a full day (`2021-07-14`) or only a
 * month (`2021-07`). A month-only date is never turned into an invented day; the
 * functions below say which end of the month they mean.
 */
export type PolicyDate = string & { readonly __brand: 'PolicyDate' };

const DATE_PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export interface DateParts {
  year: number;
  month: number;
  day?: number;
}

export type DateProblem =
  | { kind: 'not-a-date' }
  | { kind: 'bad-month'; month: number }
  | { kind: 'bad-day'; year: number; month: number; day: number; daysInMonth: number };

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Checks text such as `2021-07` or `2021-07-14`; returns the date or what is wrong with it. */
export function parsePolicyDate(text: string): { ok: true; date: PolicyDate } | { ok: false; problem: DateProblem } {
  const match = DATE_PATTERN.exec(text.trim());
  if (!match) return { ok: false, problem: { kind: 'not-a-date' } };
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { ok: false, problem: { kind: 'bad-month', month } };
  if (match[3] !== undefined) {
    const day = Number(match[3]);
    const limit = daysInMonth(year, month);
    if (day < 1 || day > limit) {
      return { ok: false, problem: { kind: 'bad-day', year, month, day, daysInMonth: limit } };
    }
  }
  return { ok: true, date: text.trim() as PolicyDate };
}

export function dateParts(date: PolicyDate): DateParts {
  const [year, month, day] = date.split('-').map(Number);
  return day === undefined ? { year: year!, month: month! } : { year: year!, month: month!, day };
}

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

/** "14 July 2021", or "July 2021" for a month-only date. */
export function formatPolicyDate(date: PolicyDate): string {
  const { year, month, day } = dateParts(date);
  return day === undefined ? `${monthName(month)} ${year}` : `${day} ${monthName(month)} ${year}`;
}

/** The first day the date covers, as YYYY-MM-DD: the 1st for a month-only date. */
export function firstDay(date: PolicyDate): string {
  const { year, month, day } = dateParts(date);
  return isoDay(year, month, day ?? 1);
}

/** The last day the date covers, as YYYY-MM-DD: a review due "2024-07" is due by 31 July 2024. */
export function lastDay(date: PolicyDate): string {
  const { year, month, day } = dateParts(date);
  return isoDay(year, month, day ?? daysInMonth(year, month));
}

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole days from one YYYY-MM-DD day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Adds whole months, keeping month-only dates month-only and clamping the day (31 Jan + 1 month = 28 or 29 Feb). */
export function addMonths(date: PolicyDate, months: number): PolicyDate {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  if (day === undefined) return isoDay(newYear, newMonth, 1).slice(0, 7) as PolicyDate;
  return isoDay(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth))) as PolicyDate;
}
