import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPolicySource, policyIdProblem, policyTitleProblem } from '#src/governance/new-policy.ts';
import { checkPolicySource } from '#src/library/policy-files.ts';
import { formatProblem } from '#src/policy/problem.ts';

function checked(source: string) {
  const result = checkPolicySource('policies/flexible-working/index.mdx', source);
  assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
  return result;
}

test('a new policy is a valid draft: version 0.1, a history entry for today, reviewed every 36 months, next review a year ahead', () => {
  const { data, outline } = checked(newPolicySource('Flexible Working Policy', '2026-11-25'));
  assert.equal(data.title, 'Flexible Working Policy');
  assert.equal(data.status, 'draft');
  assert.equal(data.version, '0.1');
  assert.equal(data.reviewCycleMonths, 36);
  assert.equal(data.nextReview, '2027-11-25');
  assert.deepEqual(data.history, [{ version: '0.1', date: '2026-11-25', summary: 'First draft.', editorial: [] }]);
  assert.deepEqual(outline.sections.map((section) => section.label), ['Purpose', 'Who this policy applies to']);
});

test('every placeholder says it is one', () => {
  const source = newPolicySource('Flexible Working Policy', '2026-11-25');
  const { data } = checked(source);
  assert.match(data.summary, /^Replace this/);
  assert.match(source, /^owner: Director of People # Replace with the role that owns this policy/m);
  assert.equal(source.split('\n').filter((line) => line.includes('Replace')).length, 5);
});

test('a title with punctuation YAML would misread is kept exactly', () => {
  for (const title of ['Leave: Maternity, Paternity and Adoption', '"Whistleblowing" Procedure', 'Staff Code #2', '[Draft] Pay Policy', 'Pay Policy ', 'Drugs & Alcohol', 'Capability Policy (Support Staff)']) {
    assert.equal(checked(newPolicySource(title, '2026-11-25')).data.title, title.trim(), title);
  }
});

test('29 February\'s review falls on 28 February next year', () => {
  assert.equal(checked(newPolicySource('Pay Policy', '2028-02-29')).data.nextReview, '2029-02-28');
});

test('a folder name that cannot be a web address is refused, with the one probably meant', () => {
  assert.equal(policyIdProblem('flexible-working'), undefined);
  assert.equal(policyIdProblem('pay-2026'), undefined);
  assert.equal(policyIdProblem('Flexible Working'), '"Flexible Working" cannot be a policy\'s folder name. It becomes the policy\'s web address, so use only lower-case letters, digits and single hyphens, like flexible-working');
  assert.equal(policyIdProblem('flexible_working'), '"flexible_working" cannot be a policy\'s folder name. It becomes the policy\'s web address, so use only lower-case letters, digits and single hyphens, like flexible-working');
  assert.match(policyIdProblem('pay--policy') ?? '', /like pay-policy$/);
  assert.match(policyIdProblem('-pay') ?? '', /like pay$/);
  assert.match(policyIdProblem('£££') ?? '', /like flexible-working$/);
});

test('an empty or multi-line title is refused', () => {
  assert.equal(policyTitleProblem('Pay Policy'), undefined);
  assert.equal(policyTitleProblem('  '), 'the title is empty. Give the policy its name, like "Flexible Working Policy"');
  assert.equal(policyTitleProblem('Pay\nPolicy'), 'the title is on more than one line. Write it on one line, like "Flexible Working Policy"');
});
