import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CODEOWNERS_FILE, expectedCodeowners, staleCodeownersMessage } from '#src/governance/codeowners.ts';
import { formatProblem } from '#src/policy/problem.ts';
import { REPOSITORY_ROOT } from '../helpers/fixture-site.ts';
import { trustPoliciesDir } from '../helpers/sample-policies.ts';

test('the committed .github/CODEOWNERS matches the owner role of every policy the Trust has', async () => {
  const expected = await expectedCodeowners(REPOSITORY_ROOT, trustPoliciesDir());
  assert.ok(expected.ok, expected.ok ? '' : `Could not make ${CODEOWNERS_FILE}:\n${expected.problems.map(formatProblem).join('\n')}`);
  const committed = await readFile(path.join(REPOSITORY_ROOT, CODEOWNERS_FILE), 'utf8').catch(() => undefined);
  const stale = staleCodeownersMessage(committed, expected.text);
  // The message alone, with no diff of booleans after it: it says what to run and which lines change.
  if (stale) assert.fail(stale);
});
