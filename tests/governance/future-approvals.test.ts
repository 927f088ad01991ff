import { test } from 'node:test';
import assert from 'node:assert/strict';
import { futureApprovalProblems } from '#src/governance/future-approvals.ts';
import { formatProblem } from '#src/policy/problem.ts';
import type { PolicyDate } from '#src/policy/policy-date.ts';

const day = (text: string) => text as PolicyDate;
const entry = (version: string, date: string) => ({ version, date: day(date), summary: 'Reviewed.', editorial: [] });

test('an approval dated after the day of the build is refused, with the day and what to check', () => {
  const problems = futureApprovalProblems('policies/social-media/index.mdx', { approved: day('2062-07-14'), history: [entry('2.0', '2062-07-14'), entry('1.0', '2021-07')] }, '2026-11-25');
  assert.deepEqual(problems.map(formatProblem), [
    'policies/social-media/index.mdx: approved: 2062-07-14 is after today (25 November 2026). Record an approval once the meeting has taken place, and check the year, like approved: 2021-07-14.',
    'policies/social-media/index.mdx: history, entry 1, date: 2062-07-14 is after today (25 November 2026). Date each version when it was approved or written, and check the year, like date: 2021-07-14.',
  ]);
});

test('an approval today, or in this month given as a month alone, is not in the future', () => {
  assert.deepEqual(futureApprovalProblems('p', { approved: day('2026-11-25'), history: [entry('1.0', '2026-11')] }, '2026-11-25'), []);
  assert.deepEqual(futureApprovalProblems('p', { approved: day('2026-11'), history: [] }, '2026-11-01'), []);
  assert.equal(futureApprovalProblems('p', { approved: day('2026-12'), history: [] }, '2026-11-30').length, 1, 'next month is still to come');
  assert.equal(futureApprovalProblems('p', { approved: day('2026-11-26'), history: [] }, '2026-11-25').length, 1, 'so is tomorrow');
});

test('a draft with no approval and an empty history has nothing to check', () => {
  assert.deepEqual(futureApprovalProblems('p', { approved: undefined, history: [] }, '2026-11-25'), []);
});
