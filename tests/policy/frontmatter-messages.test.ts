import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPolicySource } from '#src/library/policy-files.ts';
import { formatProblem } from '#src/policy/problem.ts';
import { policySource } from '../helpers/fixture-site.ts';

const FILE = 'policies/social-media/index.mdx';

/** The exact lines a policy owner reads for a file: the message is part of the product. */
function messages(source: string): string[] {
  const result = checkPolicySource(FILE, source);
  return result.ok ? [] : result.problems.map(formatProblem);
}

test('a valid policy has no problems, and keeps values exactly as typed', () => {
  const result = checkPolicySource(FILE, policySource({ version: '1.0', approved: '2021-07', keywords: '[X, friend request]' }));
  assert.ok(result.ok);
  assert.equal(result.data.version, '1.0', 'version 1.0 written without quotes stays "1.0", not the number 1');
  assert.equal(result.data.approved, '2021-07', 'a month-only date stays a month');
  assert.equal(result.data.reviewCycleMonths, 36);
  assert.deepEqual(result.data.keywords, ['X', 'friend request']);
});

test('a date that is not a date', () => {
  assert.deepEqual(messages(policySource({ nextReview: 'next July' })), [
    `${FILE}:10: nextReview: "next July" is not a date. Write it like 2024-07-31 or 2024-07.`,
  ]);
});

test('a day that does not exist', () => {
  assert.deepEqual(messages(policySource({ approved: '2023-02-29' })), [
    `${FILE}:8: approved: "2023-02-29" is not a real day: February 2023 has 28 days. Write it like 2021-07-14 or 2021-07.`,
  ]);
});

test('a date written the British way round', () => {
  assert.deepEqual(messages(policySource({ nextReview: '31/07/2024' })), [
    `${FILE}:10: nextReview: "31/07/2024" is not a date. Write it like 2024-07-31 or 2024-07.`,
  ]);
});

test('an unknown status, with the nearest one suggested', () => {
  assert.deepEqual(messages(policySource({ status: 'aproved' })), [
    `${FILE}:5: status: "aproved" is not one we know. Use one of approved, draft, under-review, withdrawn (did you mean approved?).`,
  ]);
});

test('a misspelt field name names the field it should be, once', () => {
  const source = policySource({ reviewCycleMonths: undefined, reveiwCycleMonths: '36' });
  assert.deepEqual(messages(source), [
    `${FILE}:12: reveiwCycleMonths: is not a field we know. Did you mean reviewCycleMonths? Check the spelling.`,
  ]);
});

test('a field nobody could mean', () => {
  assert.deepEqual(messages(policySource({ colour: 'blue' })), [
    `${FILE}:13: colour: is not a field we know. The fields are: title, summary, owner, contact, status, version, approvedBy, approved, effective, reviewCycleMonths, nextReview, category, audience, keywords, related, history.`,
  ]);
});

test('a missing required field', () => {
  assert.deepEqual(messages(policySource({ title: undefined })), [
    `${FILE}: title: is missing. Add a line like title: Social Media Policy.`,
  ]);
});

test('an empty required field', () => {
  assert.deepEqual(messages(policySource({ owner: '""' })), [
    `${FILE}:4: owner: is empty. Write it like owner: Director of People.`,
  ]);
});

test('wrong types: words for a number, a list for text, text for a list', () => {
  assert.deepEqual(messages(policySource({ reviewCycleMonths: 'three years', title: '[Social, Media]', keywords: 'twitter' })), [
    `${FILE}:2: title: should be plain text, but it is a list. Write it like title: Social Media Policy.`,
    `${FILE}:9: reviewCycleMonths: "three years" is not a whole number of months. Write it like reviewCycleMonths: 36.`,
    `${FILE}:13: keywords: should be a list, but it is "twitter". Write it like keywords: [X, friend request].`,
  ]);
});

test('a version that is not a version number', () => {
  assert.deepEqual(messages(policySource({ version: 'v2', history: undefined })), [
    `${FILE}:6: version: "v2" is not a version number. Write it as two numbers with a dot, like version: "1.0".`,
  ]);
});

test('an approved policy must say who approved it and when', () => {
  assert.deepEqual(messages(policySource({ approvedBy: undefined, approved: undefined })), [
    `${FILE}: approvedBy: is missing. An approved policy says who approved it, like approvedBy: Trust Board.`,
    `${FILE}: approved: is missing. An approved policy says when it was approved, like approved: 2021-07-14 or approved: 2021-07.`,
  ]);
  assert.deepEqual(messages(policySource({ status: 'draft', approvedBy: undefined, approved: undefined })), []);
});

test('a history entry with a mistake names the entry, counting from one', () => {
  const history = '\n  - version: "1.1"\n    date: 2024-09\n    summary: Updated.\n  - version: "1.0"\n    date: July 2021\n    summary: First approved.';
  assert.deepEqual(messages(policySource({ history })), [
    `${FILE}:18: history, entry 2, date: "July 2021" is not a date. Write it like 2021-07-14 or 2021-07.`,
  ]);
});

test('broken YAML and a missing frontmatter block are explained, with the line', () => {
  assert.deepEqual(messages('---\ntitle: Test\nsummary: [unclosed\n---\n'), [
    `${FILE}:4: the policy details are not valid YAML (the indentation or a bracket is wrong). Check the punctuation on this line: each line is "name: value".`,
  ]);
  assert.deepEqual(messages('# Just a heading\n'), [
    `${FILE}:1: the file must start with a line of three dashes (---), then the policy details, then another line of ---.`,
  ]);
});
