import { isoDay, daysInMonth, type PolicyDate } from '#src/policy/policy-date.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthNumber(word: string): number | undefined {
  const index = MONTHS.findIndex((month) => month.startsWith(word.toLowerCase()) && word.length >= 3);
  return index === -1 ? undefined : index + 1;
}

function dayOf(year: number, month: number, day: number): PolicyDate | undefined {
  return day >= 1 && day <= daysInMonth(year, month) ? (isoDay(year, month, day) as PolicyDate) : undefined;
}

function monthOf(year: number, month: number): PolicyDate {
  return `${year}-${String(month).padStart(2, '0')}` as PolicyDate;
}

/**
 * A date as a cover page writes it, as the site writes it: "July 2021" is 2021-07, "14th July 2021"
 * and "14/07/2021" (UK order) are 2021-07-14. Undefined when it is not a date ("Summer term 2024").
 */
export function writtenDate(text: string): PolicyDate | undefined {
  const words = text.trim().replace(/[.,]/g, ' ').replace(/\s+/g, ' ');
  let match = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(words);
  if (match) {
    const [year, month] = [Number(match[1]), Number(match[2])];
    if (month < 1 || month > 12) return undefined;
    return match[3] ? dayOf(year, month, Number(match[3])) : monthOf(year, month);
  }
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (match) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? dayOf(Number(match[3]), month, Number(match[1])) : undefined;
  }
  match = /^(?:(\d{1,2})(?:st|nd|rd|th)? (?:of )?)?([A-Za-z]+) (\d{4})$/.exec(words);
  if (match) {
    const month = monthNumber(match[2]!);
    if (!month) return undefined;
    return match[1] ? dayOf(Number(match[3]), month, Number(match[1])) : monthOf(Number(match[3]), month);
  }
  return undefined;
}
