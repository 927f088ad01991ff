import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changePlan } from '#src/checks/policy-change-plan.ts';

test('a change to policy files only takes the quick path, naming the policies it touches', () => {
  assert.deepEqual(changePlan(['policies/pay/index.mdx', 'policies/pay/easy-read.mdx', 'policies/leave/chart.png']), { kind: 'policy-only', policies: ['leave', 'pay'], searchTerms: false });
  assert.deepEqual(changePlan(['trust/search-terms.yaml']), { kind: 'policy-only', policies: [], searchTerms: true });
});

test('any other change, however small, runs every test', () => {
  assert.deepEqual(changePlan(['policies/pay/index.mdx', 'src/site/urls.ts']), { kind: 'full', because: ['src/site/urls.ts'] });
  assert.deepEqual(changePlan(['package-lock.json']), { kind: 'full', because: ['package-lock.json'] });
  assert.deepEqual(changePlan(['trust/settings.yaml']), { kind: 'full', because: ['trust/settings.yaml'] });
  assert.deepEqual(changePlan(['policies-old/pay/index.mdx']), { kind: 'full', because: ['policies-old/pay/index.mdx'] }, 'a folder that only starts with the same letters is not the policies folder');
});
