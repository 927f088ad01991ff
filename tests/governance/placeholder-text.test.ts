import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPolicySource } from '#src/governance/new-policy.ts';
import { placeholderProblems } from '#src/governance/placeholder-text.ts';
import { formatProblem } from '#src/policy/problem.ts';

const FILE = 'policies/drugs-alcohol/index.mdx';

test('a new policy\'s summary and both starter sections are found as placeholders, each by its line', () => {
  const lines = placeholderProblems(FILE, newPolicySource('Drugs and Alcohol Policy', '2026-11-25')).map(formatProblem);
  assert.deepEqual(lines, [
    `${FILE}:3: still says "Replace this with one plain sentence saying what the policy is for.": the new-policy template's placeholder, which an approved policy cannot have. Write the policy's own words in its place.`,
    `${FILE}:21: still says "Replace this with what the policy is for, and why the Trust has it.": the new-policy template's placeholder, which an approved policy cannot have. Write the policy's own words in its place.`,
    `${FILE}:25: still says "Replace this with who must follow the policy, for example all staff in every…": the new-policy template's placeholder, which an approved policy cannot have. Write the policy's own words in its place.`,
  ]);
});

test('a policy whose owner has written its own words has no placeholders, reminders in comments included', () => {
  const written = newPolicySource('Drugs and Alcohol Policy', '2026-11-25')
    .replace(/^summary: .*$/m, 'summary: How the Trust supports staff affected by drugs or alcohol.')
    .replace(/^Replace this with what .*$/m, 'The Trust keeps pupils and staff safe.')
    .replace(/^Replace this with who .*$/m, 'All staff in every school of the Trust.');
  assert.deepEqual(placeholderProblems(FILE, written), []);
});
