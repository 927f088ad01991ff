import { test } from 'node:test';
import assert from 'node:assert/strict';
import { awaitingApproval } from '#src/reviews/awaiting-approval.ts';
import { formatReviewReport, reviewReport } from '#src/reviews/review-report.ts';
import type { HistoryEntry, PolicyStatus } from '#src/policy/policy-schema.ts';

const entry = (version: string, approvedBy?: string): HistoryEntry =>
  ({ version, date: '2026-10' as HistoryEntry['date'], summary: 'A change.', editorial: [], ...(approvedBy ? { approvedBy } : {}) });

const policy = (id: string, title: string, status: PolicyStatus, version: string, history: HistoryEntry[]) =>
  ({ id, data: { title, owner: 'Director of People', status, version, history } });

const POLICIES = [
  policy('pay', 'Pay Policy', 'approved', '2.0', [entry('2.0', 'Trust Board')]),
  policy('online-safety', 'Online Safety Policy', 'under-review', '1.1', [entry('1.1'), entry('1.0', 'Trust Board')]),
  policy('equality', 'Equality Policy', 'draft', '0.2', [entry('0.2'), entry('0.1')]),
  policy('leave', 'Leave Policy', 'under-review', '3.0', [entry('3.0', 'Trust Board')]),
  policy('old', 'Old Policy', 'withdrawn', '1.0', [entry('1.0', 'Trust Board')]),
];

test('waiting for approval: drafts, and policies under review with a version not yet approved, A to Z', () => {
  assert.deepEqual(awaitingApproval(POLICIES), [
    { id: 'equality', title: 'Equality Policy', owner: 'Director of People', status: 'draft', proposedVersion: '1.0', fileVersion: '0.2', approvedVersion: undefined },
    { id: 'online-safety', title: 'Online Safety Policy', owner: 'Director of People', status: 'under-review', proposedVersion: '1.1', fileVersion: '1.1', approvedVersion: '1.0' },
  ]);
});

test('check:reviews lists them after the reviews, in text, Markdown and JSON', () => {
  const report = reviewReport([], '2026-11-25', 90, awaitingApproval(POLICIES));
  assert.equal(formatReviewReport(report, 'text'), [
    'No policy reviews are overdue or due in the next 90 days (as of 25 November 2026).',
    'Waiting for approval (2):',
    '  Equality Policy (Director of People): version 1.0 (now draft 0.2), new policy',
    '  Online Safety Policy (Director of People): version 1.1, replaces version 1.0',
    '',
  ].join('\n'));
  assert.match(formatReviewReport(report, 'markdown'), /\| Policy \| Owner \| Proposed version \| Replaces \|\n\| --- \| --- \| --- \| --- \|\n\| Equality Policy \| Director of People \| 1\.0 \(now draft 0\.2\) \| new policy \|\n\| Online Safety Policy \| Director of People \| 1\.1 \| version 1\.0 \|\n/);
  const json = JSON.parse(formatReviewReport(report, 'json'));
  assert.deepEqual(json.awaitingApproval.map((item: { id: string; proposedVersion: string; approvedVersion: string | null }) => [item.id, item.proposedVersion, item.approvedVersion]),
    [['equality', '1.0', null], ['online-safety', '1.1', '1.0']]);
});
