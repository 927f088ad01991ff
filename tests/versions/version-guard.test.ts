import { test } from 'node:test';
import assert from 'node:assert/strict';
import { versionGuardProblems } from '#src/versions/version-guard.ts';
import { formatProblem } from '#src/policy/problem.ts';
import { SAMPLE_POLICIES } from '#src/policy/sample-policies.ts';
import { policySource } from '../helpers/fixture-site.ts';

const FILE = 'policies/online-safety/index.mdx';
const entry = (version: string, extra = '') => `  - version: "${version}"\n    date: 2024-03\n    approvedBy: Trust Board\n    summary: Changes.${extra}`;
const source = (version: string, text: string, history: string[], status = 'approved') =>
  policySource({ version: `"${version}"`, status, history: `\n${history.join('\n')}` }, `## Scope\n\n${text}\n`);

const check = (base: string | undefined, head: string | undefined) => versionGuardProblems(FILE, base, head).map(formatProblem);

test('changing only the details (a review date, keywords) needs no new version', () => {
  const before = source('1.0', 'Staff must not accept friend requests.', [entry('1.0')]);
  assert.deepEqual(check(before, before.replace('nextReview: 2028-09', 'nextReview: 2029-09')), []);
  assert.deepEqual(check(before, `${before}\n\n`), [], 'trailing blank lines are not a change');
});

test('changed text with a new version and a history entry passes', () => {
  const before = source('1.0', 'Staff must not accept friend requests.', [entry('1.0')]);
  const after = source('1.1', 'Staff must not accept friend requests from pupils.', [entry('1.1'), entry('1.0')]);
  assert.deepEqual(check(before, after), []);
});

test('approved text changed without a new version is refused, with both ways to fix it', () => {
  const before = source('1.0', 'Staff must not accept friend requests.', [entry('1.0')]);
  const after = source('1.0', 'Staff may accept friend requests.', [entry('1.0')]);
  assert.deepEqual(check(before, after), [
    `${FILE}: the text of approved version 1.0 was changed after it was approved. Either give it a new version (version: "1.1") with a history entry saying what changed, or, for a typo or a broken link only, add an editorial note to version 1.0's history entry.`,
  ]);
});

test('a draft changed without a new version is refused too', () => {
  const before = source('0.1', 'Draft text.', [entry('0.1')], 'draft');
  const after = source('0.1', 'Better draft text.', [entry('0.1')], 'draft');
  assert.match(check(before, after)[0]!, /the text changed but the version is still 0\.1\. Either give it a new version \(version: "0\.2"\)/);
});

test('an editorial note lets a typo fix through without a new version', () => {
  const before = source('1.0', 'Staff must not accpet friend requests.', [entry('1.0')]);
  const after = source('1.0', 'Staff must not accept friend requests.', [entry('1.0', '\n    editorial:\n      - date: 2026-11-25\n        summary: Fixed a typo.')]);
  assert.deepEqual(check(before, after), []);
});

test('a new version without a history entry, a version going down, and a deleted policy are refused', () => {
  const before = source('1.0', 'Text.', [entry('1.0')]);
  assert.deepEqual(check(before, source('1.1', 'New text.', [entry('1.0')])), [
    `${FILE}: history: has no entry for the new version 1.1. Add one at the top of history, with the date and a summary of what changed.`,
  ]);
  assert.deepEqual(check(before, source('0.9', 'Text.', [entry('1.0')])), [
    `${FILE}: version: went down from 1.0 to 0.9. A version number only ever goes up: use 1.1.`,
  ]);
  assert.match(check(before, undefined)[0]!, /was deleted\. .* set status: withdrawn instead of deleting the file/);
  assert.deepEqual(check(undefined, before), [], 'a new policy has nothing to compare with');
});

test('a sample policy may leave the site, as removing the samples does; a Trust\'s own policy in a sample\'s folder may not', () => {
  const sample = SAMPLE_POLICIES.find((policy) => policy.id === 'equality')!;
  const file = 'policies/equality/index.mdx';
  const asShipped = policySource({ title: sample.title, summary: JSON.stringify(sample.summary) });
  assert.deepEqual(versionGuardProblems(file, asShipped, undefined), []);
  const trustsOwn = policySource({ title: 'Equality Policy', summary: 'Our own equality policy.' });
  assert.match(versionGuardProblems(file, trustsOwn, undefined).map(formatProblem)[0]!, /was deleted\./);
});

test('adding, changing or removing a section\'s search words needs no new version: they are not the approved text', () => {
  const before = source('1.0', 'Staff must not accept friend requests.', [entry('1.0')]);
  const withWords = before.replace('## Scope\n', '## Scope\n<SearchWords words="who it covers, everyone" />\n');
  assert.notEqual(withWords, before);
  assert.deepEqual(check(before, withWords), [], 'words added');
  assert.deepEqual(check(withWords, withWords.replace('everyone', 'all staff, agency staff')), [], 'words changed');
  assert.deepEqual(check(withWords, before), [], 'words removed');
  assert.deepEqual(check(before, before.replace('## Scope\n', '## Scope\n\n<SearchWords words="who it covers" />\n')), [], 'words on their own paragraph');
  assert.match(
    check(before, withWords.replace('must not accept', 'may accept'))[0]!,
    /the text of approved version 1\.0 was changed after it was approved/,
    'a change to the text itself is still refused when search words come with it',
  );
});
