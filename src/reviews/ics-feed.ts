import type { ReviewEntry } from './review-register.ts';
import { formatPolicyDate } from '#src/policy/policy-date.ts';

export interface CalendarOptions {
  /** Used for stable event ids: policy-review-<id>@<host>. */
  host: string;
  calendarName: string;
  /** YYYY-MM-DD: the build date, used as each event's DTSTAMP so the feed is the same for the same day. */
  today: string;
  /** Absolute address of a page from its path on the site (policies/<id>/). */
  pageUrl: (path: string) => string;
  reminderDays: number;
}

/** RFC 5545 text escaping: backslash, semicolon, comma and new lines. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 line folding: lines longer than 75 octets continue on the next line after a space. */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    // Never split a multi-byte character: back off to the start of one.
    while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--;
    parts.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
    limit = 74;
  }
  return parts.join('\r\n ');
}

const compact = (day: string) => day.replaceAll('-', '');

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * An iCalendar feed with one all-day event per policy review, on the last day it is due, with a
 * reminder beforehand. Each policy keeps one UID, so when its review date moves, a subscribed
 * calendar moves the event rather than adding another.
 */
export function reviewCalendar(entries: readonly ReviewEntry[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    // Names the program that made the file (RFC 5545), the same for every Trust.
    'PRODID:-//Policy site//Policy reviews//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
  ];
  for (const entry of entries) {
    const url = options.pageUrl(entry.path);
    const description = [
      `${entry.title}${/^\d/.test(entry.version) ? `, version ${entry.version},` : ''} is due for review by ${formatPolicyDate(entry.nextReview)}.`,
      `Owner: ${entry.owner}.`,
      entry.review.state === 'overdue' ? 'This review is overdue.' : '',
      url,
    ].filter(Boolean).join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:policy-review-${entry.id}@${options.host}`,
      `DTSTAMP:${compact(options.today)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(entry.review.dueBy)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(entry.review.dueBy))}`,
      `SUMMARY:${escapeText(`Review due: ${entry.title}`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `URL:${url}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `TRIGGER:-P${options.reminderDays}D`,
      `DESCRIPTION:${escapeText(`${entry.title} is due for review in ${options.reminderDays} days.`)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
