import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeReview, reviewStatus, type ReviewState } from '#src/reviews/review-status.ts';
import { parsePolicyDate, type PolicyDate } from '#src/policy/policy-date.ts';

function date(text: string): PolicyDate {
  const parsed = parsePolicyDate(text);
  assert.ok(parsed.ok, `${text} should parse`);
  return parsed.date;
}

const cases: { nextReview: string; today: string; dueSoonDays?: number; state: ReviewState; dueBy: string; daysLeft: number }[] = [
  // A full date: the day before, the day of, and the day after.
  { nextReview: '2026-03-31', today: '2026-03-30', state: 'due-soon', dueBy: '2026-03-31', daysLeft: 1 },
  { nextReview: '2026-03-31', today: '2026-03-31', state: 'due-soon', dueBy: '2026-03-31', daysLeft: 0 },
  { nextReview: '2026-03-31', today: '2026-04-01', state: 'overdue', dueBy: '2026-03-31', daysLeft: -1 },
  // A month-only date runs to the end of its month.
  { nextReview: '2024-07', today: '2024-07-31', state: 'due-soon', dueBy: '2024-07-31', daysLeft: 0 },
  { nextReview: '2024-07', today: '2024-08-01', state: 'overdue', dueBy: '2024-07-31', daysLeft: -1 },
  { nextReview: '2024-07', today: '2024-07-01', state: 'due-soon', dueBy: '2024-07-31', daysLeft: 30 },
  // February in a leap year.
  { nextReview: '2028-02', today: '2028-02-29', state: 'due-soon', dueBy: '2028-02-29', daysLeft: 0 },
  // The edge of "due soon": 90 days by default, configurable.
  { nextReview: '2027-03-01', today: '2026-12-01', state: 'due-soon', dueBy: '2027-03-01', daysLeft: 90 },
  { nextReview: '2027-03-02', today: '2026-12-01', state: 'current', dueBy: '2027-03-02', daysLeft: 91 },
  { nextReview: '2027-03-02', today: '2026-12-01', dueSoonDays: 120, state: 'due-soon', dueBy: '2027-03-02', daysLeft: 91 },
  { nextReview: '2026-12-02', today: '2026-12-01', dueSoonDays: 0, state: 'current', dueBy: '2026-12-02', daysLeft: 1 },
  // The Social Media Policy on the day this was written: approved July 2021, three-year cycle.
  { nextReview: '2024-07', today: '2026-11-25', state: 'overdue', dueBy: '2024-07-31', daysLeft: -847 },
];

for (const { nextReview, today, dueSoonDays, state, dueBy, daysLeft } of cases) {
  test(`next review ${nextReview} on ${today}${dueSoonDays === undefined ? '' : ` (due soon from ${dueSoonDays} days)`} is ${state}`, () => {
    assert.deepEqual(reviewStatus(date(nextReview), today, dueSoonDays), { state, dueBy, daysLeft });
  });
}

test('the review status is said in words with its date, not left to colour', () => {
  assert.equal(describeReview(reviewStatus(date('2024-07'), '2026-11-25'), 'July 2024'), 'Overdue for review: it was due by July 2024');
  assert.equal(describeReview(reviewStatus(date('2026-12'), '2026-11-25'), 'December 2026'), 'Review due soon: by December 2026');
  assert.equal(describeReview(reviewStatus(date('2029-07'), '2026-11-25'), 'July 2029'), 'Current: next review by July 2029');
});
