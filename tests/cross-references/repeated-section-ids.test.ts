import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblem } from '#src/policy/problem.ts';
import { parsePolicyText } from '#src/policy/parse-policy-text.ts';
import { checkPolicySource } from '#src/library/policy-files.ts';
import { repeatedSectionIdProblems } from '#src/cross-references/repeated-section-ids.ts';
import { policySource } from '../helpers/fixture-site.ts';

function problemsOf(body: string): string[] {
  const parsed = parsePolicyText(body);
  if (!parsed.ok) throw new Error(parsed.message);
  return repeatedSectionIdProblems('policies/pay/index.mdx', parsed.tree).map(formatProblem);
}

test('a pinned id another heading already has is refused, with both headings and an id of its own to pin', () => {
  assert.deepEqual(problemsOf('## Scope\n\nAll staff.\n\n## Aims {#scope}\n\nTo be fair.\n'), [
    'policies/pay/index.mdx:5: the section id "scope" is already the id of "Scope" on line 1, so a link to #scope could lead to either. Pin an id of its own, like ## Aims {#aims}.',
  ]);
  assert.equal(problemsOf('## Aims {#scope}\n\nTo be fair.\n\n## Scope {#scope}\n\nAll staff.\n').length, 1, 'two headings pinning one id');
});

test('repeated heading text, and a pinned id no other heading has, are fine', () => {
  assert.deepEqual(problemsOf('## Scope\n\nAll staff.\n\n## Scope\n\nAgain.\n\n## New words {#old-words}\n\nText.\n'), []);
});

test('the policy checks refuse a repeated section id, so the build does', () => {
  const checked = checkPolicySource('policies/pay/index.mdx', policySource({}, '## Scope\n\nAll staff.\n\n## Aims {#scope}\n\nTo be fair.\n'));
  assert.equal(checked.ok, false);
  assert.match(checked.ok ? '' : checked.problems.map(formatProblem).join('\n'), /the section id "scope" is already the id of "Scope"/);
});
