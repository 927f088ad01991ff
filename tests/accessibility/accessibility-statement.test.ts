import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ACCESSIBILITY_STATEMENT } from '#src/accessibility/accessibility-statement.ts';
import {
  ACCESSIBILITY_REPORT_FILE, accessibilityReportText, parseAccessibilityReport, recordAccessibilityReport, reportHasChanged, wcagCriteria,
  type AccessibilityReport,
} from '#src/accessibility/accessibility-report.ts';
import { addMonths, lastDay } from '#src/policy/policy-date.ts';
import { reviewDay, reviewedPageProblems, type ReviewedPage } from '#src/reviews/statement-review.ts';
import { REPOSITORY_ROOT } from '../helpers/fixture-site.ts';

test('the statement is reviewed at least once a year, like a policy on a 12-month cycle', () => {
  assert.equal(ACCESSIBILITY_STATEMENT.reviewCycleMonths, 12);
  assert.deepEqual(reviewedPageProblems(ACCESSIBILITY_STATEMENT), []);
  assert.ok(lastDay(ACCESSIBILITY_STATEMENT.nextReview) <= addMonths(ACCESSIBILITY_STATEMENT.lastReviewed, 12));
  assert.equal(ACCESSIBILITY_STATEMENT.path, 'accessibility/');
});

test('a statement review date too far ahead, or before the last review, is explained', () => {
  const page: ReviewedPage = {
    ...ACCESSIBILITY_STATEMENT,
    prepared: reviewDay('f', 'prepared', '2026-11-25'),
    lastReviewed: reviewDay('f', 'lastReviewed', '2026-11-25'),
    nextReview: reviewDay('f', 'nextReview', '2028-01-10'),
  };
  assert.deepEqual(reviewedPageProblems(page), [
    'src/accessibility/accessibility-statement.ts: nextReview: 2028-01-10 is more than 12 months after lastReviewed (2026-11-25). Write 2027-11-25 or earlier',
  ]);
  assert.deepEqual(reviewedPageProblems({ ...page, nextReview: reviewDay('f', 'nextReview', '2026-11-25') }), [
    'src/accessibility/accessibility-statement.ts: nextReview: 2026-11-25 is not after lastReviewed (2026-11-25). Write a later day, like 2027-11-25',
  ]);
  assert.deepEqual(reviewedPageProblems({ ...page, nextReview: reviewDay('f', 'nextReview', '2027-09-01'), lastReviewed: reviewDay('f', 'lastReviewed', '2026-10-01') }), [
    'src/accessibility/accessibility-statement.ts: lastReviewed: 2026-10-01 is before the statement was prepared (2026-11-25). Write 2026-11-25 or later',
  ]);
  assert.throws(() => reviewDay('src/accessibility/accessibility-statement.ts', 'nextReview', '2027-11'), {
    message: 'src/accessibility/accessibility-statement.ts: nextReview: "2027-11" is not a day. Write it like 2026-11-25.',
  });
});

const REPORT: AccessibilityReport = {
  checkedOn: '2026-11-25',
  pagesChecked: 25,
  axeCoreVersion: '4.14.1',
  tags: ['wcag2a', 'wcag2aa'],
  violations: [
    { page: 'policies/b/index.html', rule: 'color-contrast', impact: 'serious', help: 'Elements must meet minimum color contrast ratio thresholds', criteria: ['1.4.3'] },
    { page: 'index.html', rule: 'link-name', impact: 'serious', help: 'Links must have discernible text', criteria: ['4.1.2', '2.4.4'] },
  ],
};

test('the report is rewritten for a new day or new results, never for a second run with the same ones', () => {
  const recorded = accessibilityReportText(REPORT);
  assert.equal(reportHasChanged(recorded, REPORT), false);
  assert.equal(reportHasChanged(recorded, { ...REPORT, violations: [...REPORT.violations].reverse() }), false, 'the order axe met them in does not matter');
  assert.equal(reportHasChanged(recorded.replace(/\n\s*/g, ''), REPORT), false, 'nor does the layout of the file');
  assert.equal(reportHasChanged(recorded, { ...REPORT, checkedOn: '2026-11-26' }), true);
  assert.equal(reportHasChanged(recorded, { ...REPORT, pagesChecked: 26 }), true);
  assert.equal(reportHasChanged(recorded, { ...REPORT, violations: REPORT.violations.slice(1) }), true);
  assert.equal(reportHasChanged(recorded, { ...REPORT, axeCoreVersion: '4.15.0' }), true);
  assert.equal(reportHasChanged(undefined, REPORT), true);
  assert.equal(reportHasChanged('{ "checkedOn": "yesterday" }', REPORT), true, 'an unreadable file is replaced');
});

test('a run records its report only when it says something new, leaving nothing else behind', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'policy-report-'));
  await mkdir(path.join(root, 'src/accessibility'), { recursive: true });
  assert.equal(await recordAccessibilityReport(root, REPORT), true);
  assert.equal(await recordAccessibilityReport(root, { ...REPORT, violations: [...REPORT.violations].reverse() }), false);
  assert.equal(await recordAccessibilityReport(root, { ...REPORT, checkedOn: '2026-11-26' }), true);
  assert.equal(parseAccessibilityReport(JSON.parse(await readFile(path.join(root, ACCESSIBILITY_REPORT_FILE), 'utf8'))).checkedOn, '2026-11-26');
  assert.deepEqual(await readdir(path.join(root, 'src/accessibility')), ['accessibility-report.json']);
});

test('the report is written in a fixed order: violations by page, then rule', () => {
  const written = JSON.parse(accessibilityReportText(REPORT)) as AccessibilityReport;
  assert.deepEqual(written.violations.map((violation) => violation.page), ['index.html', 'policies/b/index.html']);
  assert.deepEqual(written.violations[0]?.criteria, ['2.4.4', '4.1.2']);
});

test('axe tags name WCAG success criteria', () => {
  assert.deepEqual(wcagCriteria(['cat.color', 'wcag2aa', 'wcag143', 'wcag2411', 'TTv5']), ['1.4.3', '2.4.11']);
});

test('the committed report is one the statement can read, and a damaged one is refused with what to do', async () => {
  const report = parseAccessibilityReport(JSON.parse(await readFile(path.join(REPOSITORY_ROOT, ACCESSIBILITY_REPORT_FILE), 'utf8')));
  assert.ok(report.pagesChecked > 0);
  assert.throws(() => parseAccessibilityReport({ ...REPORT, checkedOn: '25/11/2026' }), {
    message: 'src/accessibility/accessibility-report.json is not a report of the accessibility checks (checkedOn: should be a day, like 2026-11-25). It is written by the axe test in tests/accessibility/every-page.browser.test.ts: run npm test to write it again.',
  });
});
