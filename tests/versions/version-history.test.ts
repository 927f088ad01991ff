import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inForceOn, inForcePeriods } from '#src/versions/in-force.ts';
import { historyProblems } from '#src/versions/history-problems.ts';
import { checkPolicySource } from '#src/library/policy-files.ts';
import { formatProblem } from '#src/policy/problem.ts';
import { policyVersions } from '#src/versions/policy-versions.ts';
import { versionTable } from '#src/versions/version-table.ts';
import { versionBannerText } from '#src/versions/version-text.ts';
import { compareVersions } from '#src/versions/version-number.ts';
import type { PolicyDate } from '#src/policy/policy-date.ts';
import { policySource } from '../helpers/fixture-site.ts';
import { VERSION_SOURCES } from '../helpers/versioned-policy.ts';

const d = (text: string) => text as PolicyDate;

test('version numbers compare as numbers: 1.10 is after 1.9', () => {
  assert.ok(compareVersions('1.10', '1.9') > 0);
  assert.ok(compareVersions('2.0', '1.11') > 0);
  assert.equal(compareVersions('1.0', '1.0'), 0);
});

test('each approved version is in force until the next one takes effect; drafts never are', () => {
  const periods = inForcePeriods([
    { version: '0.1', status: 'draft', date: d('2021-03') },
    { version: '1.0', status: 'approved', date: d('2021-07') },
    { version: '1.1', status: 'approved', date: d('2024-02-20'), effective: d('2024-03-01') },
  ]);
  assert.deepEqual(periods, [
    { version: '1.1', from: '2024-03-01' },
    { version: '1.0', from: '2021-07', to: '2024-03-01' },
  ]);
  assert.equal(inForceOn(periods, '2021-06-30'), undefined, 'nothing before the first approval');
  assert.equal(inForceOn(periods, '2021-07-01')?.version, '1.0', 'a month-only date counts from the 1st');
  assert.equal(inForceOn(periods, '2024-02-29')?.version, '1.0', 'approved but not yet effective');
  assert.equal(inForceOn(periods, '2024-03-01')?.version, '1.1');
  assert.equal(inForceOn(periods, '2026-11-25')?.version, '1.1');
});

test('versions come from the last commit carrying each version number; the current one from the file now', () => {
  const contents = new Map([['a', VERSION_SOURCES.draft], ['b', VERSION_SOURCES.first], ['c', VERSION_SOURCES.first.replace('pupils.', 'pupils!')], ['d', VERSION_SOURCES.second]]);
  const revisions = [
    { commit: '4', committedAt: '2024-03-05T12:00:00Z', blob: 'd' },
    { commit: '3', committedAt: '2022-01-01T12:00:00Z', blob: 'c' },
    { commit: '2', committedAt: '2021-07-14T12:00:00Z', blob: 'b' },
    { commit: '1', committedAt: '2021-03-01T12:00:00Z', blob: 'a' },
  ];
  const versions = policyVersions(revisions, contents, { source: VERSION_SOURCES.second, version: '1.1', status: 'approved', title: 'Online Safety Policy' });
  assert.deepEqual(versions.map(({ version, status, commit, current }) => ({ version, status, commit, current })), [
    { version: '1.1', status: 'approved', commit: '4', current: true },
    { version: '1.0', status: 'approved', commit: '3', current: false },
    { version: '0.1', status: 'draft', commit: '1', current: false },
  ]);
  assert.equal(versions[1]!.firstCommittedAt, '2021-07-14T12:00:00Z');
  assert.match(versions[1]!.source, /pupils!/, 'the last commit with version 1.0 wins');
});

test('the versions table joins history and git, and a version approved before the site existed is listed without a page', () => {
  const policy = checkPolicySource('x', policySource({ version: '"2.0"', history: '\n  - version: "2.0"\n    date: 2025-09\n    approvedBy: Trust Board\n    summary: Rewritten.\n  - version: "1.0"\n    date: 2018-09\n    approvedBy: Trust Board\n    summary: First version, approved on paper.' }));
  assert.ok(policy.ok);
  const rows = versionTable(policy.data, [{ version: '2.0', status: 'approved', current: true }]);
  assert.deepEqual(rows.map(({ version, readable, previous, inForce }) => ({ version, readable, previous, inForce })), [
    { version: '2.0', readable: true, previous: undefined, inForce: { version: '2.0', from: '2025-09' } },
    { version: '1.0', readable: false, previous: undefined, inForce: { version: '1.0', from: '2018-09', to: '2025-09' } },
  ]);
  assert.equal(versionBannerText(rows[1]!, rows, '2.0'), 'Version 1.0, in force from September 2018 to September 2025. It has been replaced by version 2.0.');
});

test('history is checked against itself and against git, with the field and the fix', () => {
  const history = '\n  - version: "1.0"\n    date: 2021-07\n    approvedBy: Trust Board\n    summary: Approved.\n  - version: "1.1"\n    date: 2024-03\n    summary: Later.\n  - version: "1.0"\n    date: 2021-07\n    summary: Again.';
  const result = checkPolicySource('policies/x/index.mdx', policySource({ version: '"1.1"', history }));
  assert.ok(result.ok);
  const gitVersions = [
    { version: '1.1', status: 'approved', title: 'x', source: '', current: true },
    { version: '0.9', status: 'approved', title: 'x', source: '', current: false },
  ];
  assert.deepEqual(historyProblems('policies/x/index.mdx', result.data, result.frontmatter.lineOf, gitVersions).map(formatProblem), [
    'policies/x/index.mdx:18: history, entry 2: version 1.1 comes after 1.0. List the versions newest first.',
    'policies/x/index.mdx:21: history, entry 3: version 1.0 is listed twice. Keep one entry per version.',
    'policies/x/index.mdx:18: history, entry 2, approvedBy: is missing. Version 1.1 is approved, so say who approved it, like approvedBy: Trust Board.',
    'policies/x/index.mdx:14: history: has no entry for version 0.9, which is in the repository\'s history. Add one with its date, who approved it and a summary of what changed.',
  ]);
  const none = checkPolicySource('policies/x/index.mdx', policySource({ history: undefined }));
  assert.ok(none.ok);
  assert.deepEqual(historyProblems('policies/x/index.mdx', none.data, none.frontmatter.lineOf, undefined).map(formatProblem), [
    'policies/x/index.mdx: history: has no entry for the current version 1.0. Add one at the top, like - version: "1.0" with a date and a summary of what changed.',
  ]);
});
