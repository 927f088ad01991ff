import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { foldLine, reviewCalendar } from '#src/reviews/ics-feed.ts';
import { reviewRegister, statementForReview } from '#src/reviews/review-register.ts';
import { formatReviewReport, reviewExitCode, reviewReport } from '#src/reviews/review-report.ts';
import type { PolicyDate } from '#src/policy/policy-date.ts';

const policy = (id: string, title: string, nextReview: string, status: 'approved' | 'draft' | 'withdrawn' = 'approved') => ({
  id,
  data: { title, owner: 'Director of People', status, version: '1.0', reviewCycleMonths: 36, approved: '2021-07' as PolicyDate, nextReview: nextReview as PolicyDate },
});
const register = reviewRegister([
  policy('equality', 'Equality Policy', '2027-01-15'),
  policy('social-media', 'Social Media Policy', '2024-07'),
  policy('whistleblowing', 'Whistleblowing Procedure; "Speak up", a guide', '2030-09'),
  policy('old', 'Old Policy', '2020-01', 'withdrawn'),
], '2026-11-25', 90);

test('the register lists reviews soonest first and leaves out withdrawn policies', () => {
  assert.deepEqual(register.map((entry) => [entry.id, entry.review.state]), [
    ['social-media', 'overdue'], ['equality', 'due-soon'], ['whistleblowing', 'current'],
  ]);
});

test('the calendar parses as iCalendar, with one all-day event per review and a reminder 28 days before', () => {
  const ics = reviewCalendar(register, { host: 'policies.example.org', calendarName: 'Policy reviews', today: '2026-11-25', pageUrl: (path) => `https://policies.example.org/${path}`, reminderDays: 28 });
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  assert.deepEqual(events.map((event) => [event.uid, event.summary, event.startDate.toString(), event.startDate.isDate]), [
    ['policy-review-social-media@policies.example.org', 'Review due: Social Media Policy', '2024-07-31', true],
    ['policy-review-equality@policies.example.org', 'Review due: Equality Policy', '2027-01-15', true],
    ['policy-review-whistleblowing@policies.example.org', 'Review due: Whistleblowing Procedure; "Speak up", a guide', '2030-09-30', true],
  ]);
  const alarm = calendar.getFirstSubcomponent('vevent')!.getFirstSubcomponent('valarm')!;
  assert.equal(alarm.getFirstPropertyValue('trigger')!.toString(), '-P28D');
  assert.match(events[0]!.description, /Owner: Director of People\.\nThis review is overdue\.\nhttps:\/\/policies\.example\.org\/policies\/social-media\//);
  for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `line longer than 75 octets: ${line}`);
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
});

test('long lines are folded without splitting a character', () => {
  const line = `DESCRIPTION:${'é'.repeat(60)}`;
  const folded = foldLine(line);
  assert.equal(folded.split('\r\n ').join(''), line);
  for (const part of folded.split('\r\n')) assert.ok(Buffer.byteLength(part) <= 75);
});

test('the review report in each format, and its exit code for each --fail-on', () => {
  const report = reviewReport(register, '2026-11-25', 90);
  assert.equal(formatReviewReport(report, 'markdown'), [
    'Policy reviews as of 25 November 2026: 1 overdue, 1 due in the next 90 days.',
    '',
    '| Policy | Owner | Review due by | Status |',
    '| --- | --- | --- | --- |',
    '| Social Media Policy | Director of People | July 2024 | **Overdue** (847 days overdue) |',
    '| Equality Policy | Director of People | 15 January 2027 | Due soon (due in 51 days) |',
    '',
  ].join('\n'));
  assert.match(formatReviewReport(report, 'text'), /Overdue \(1\):\n  Social Media Policy \(Director of People\): due by July 2024, 847 days overdue/);
  assert.deepEqual(JSON.parse(formatReviewReport(report, 'json')).overdue.map((item: { id: string }) => item.id), ['social-media']);
  assert.equal(reviewExitCode(report, 'never'), 0);
  assert.equal(reviewExitCode(report, 'overdue'), 1);
  assert.equal(reviewExitCode(report, 'due-soon'), 1);
  const calm = reviewReport(register.slice(2), '2026-11-25', 90);
  assert.equal(reviewExitCode(calm, 'due-soon'), 0);
  assert.equal(formatReviewReport(calm, 'text'), 'No policy reviews are overdue or due in the next 90 days (as of 25 November 2026).\n');
});

test('the accessibility statement is reviewed like a policy, with its own page', () => {
  const entries = reviewRegister([statementForReview({
    id: 'accessibility-statement', title: 'Accessibility statement', owner: 'Director of People', path: 'accessibility/',
    file: 'src/accessibility/accessibility-statement.ts', prepared: '2025-10-01' as PolicyDate, lastReviewed: '2025-10-01' as PolicyDate,
    reviewCycleMonths: 12, nextReview: '2026-10-01' as PolicyDate,
  })], '2026-11-25', 90);
  assert.deepEqual(entries.map((entry) => [entry.id, entry.path, entry.review.state, entry.version]), [
    ['accessibility-statement', 'accessibility/', 'overdue', 'reviewed 1 October 2025'],
  ]);
  const ics = reviewCalendar(entries, { host: 'policies.example.org', calendarName: 'Policy reviews', today: '2026-11-25', pageUrl: (path) => `https://policies.example.org/${path}`, reminderDays: 28 });
  assert.match(ics, /URL:https:\/\/policies\.example\.org\/accessibility\/\r\n/);
  assert.match(ics, /DESCRIPTION:Accessibility statement is due for review by 1 October 2026\./);
});
