import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeownersText, policyOwnerOf, staleCodeownersMessage, type PolicyOwner } from '#src/governance/codeowners.ts';
import { readOwnerTeams, type OwnerTeams } from '#src/governance/owner-teams.ts';
import { formatProblem } from '#src/policy/problem.ts';
import { policySource } from '../helpers/fixture-site.ts';

function teams(text: string): OwnerTeams {
  const read = readOwnerTeams(text);
  assert.ok(read.ok, JSON.stringify(read));
  return read.teams;
}

/** The exact lines someone editing .github/policy-owners.json reads. */
function mappingMessages(text: string): string[] {
  const read = readOwnerTeams(text);
  return read.ok ? [] : read.problems.map(formatProblem);
}

const MAPPING = teams(JSON.stringify({
  otherFiles: '@trust/site-maintainers',
  roles: { 'Director of People': '@trust/people', 'Chief Operating Officer': ['@trust/operations', '@trust/it'] },
}));
const owner = (id: string, role: string, line = 4): PolicyOwner => ({ id, file: `policies/${id}/index.mdx`, owner: role, line });

test('each policy folder is owned by the teams of its owner role, and everything else by the site maintainers', () => {
  const result = codeownersText([owner('social-media', 'Director of People'), owner('acceptable-use', 'Chief Operating Officer')], MAPPING, 'policies');
  assert.ok(result.ok);
  const rules = result.text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
  assert.deepEqual(rules, [
    '* @trust/site-maintainers',
    '/policies/acceptable-use/ @trust/operations @trust/it',
    '/policies/social-media/ @trust/people',
  ]);
  assert.match(result.text, /^# Who reviews a change: made by `npm run codeowners`/);
});

test('without otherFiles, only the policy folders have owners', () => {
  const result = codeownersText([owner('equality', 'Director of People')], teams('{ "roles": { "Director of People": "@trust/people" } }'), 'policies');
  assert.ok(result.ok);
  assert.deepEqual(result.text.split('\n').filter((line) => line !== '' && !line.startsWith('#')), ['/policies/equality/ @trust/people']);
});

test('a role with no team names the policy file, the line and the role, and suggests the nearest role', () => {
  const result = codeownersText([owner('equality', 'Director of Peple'), owner('finance', 'Head of Finance', 3)], MAPPING, 'policies');
  assert.ok(!result.ok);
  assert.deepEqual(result.problems.map(formatProblem), [
    'policies/equality/index.mdx:4: owner: the role "Director of Peple" has no GitHub team in .github/policy-owners.json, so no one would be asked to review changes to this policy. Did you mean Director of People? If not, add the role to "roles" there, like "Director of Peple": "@true-learning-partnership/people-team".',
    'policies/finance/index.mdx:3: owner: the role "Head of Finance" has no GitHub team in .github/policy-owners.json, so no one would be asked to review changes to this policy. To fix it, add the role to "roles" there, like "Head of Finance": "@true-learning-partnership/people-team", or use a role it lists: Director of People, Chief Operating Officer.',
  ]);
});

test('the owner role is read from the policy details, with its line; a missing one is explained', () => {
  assert.deepEqual(policyOwnerOf('equality', 'policies/equality/index.mdx', policySource({ owner: 'Chief Operating Officer' })), {
    ok: true,
    owner: { id: 'equality', file: 'policies/equality/index.mdx', owner: 'Chief Operating Officer', line: 4 },
  });
  const missing = policyOwnerOf('equality', 'policies/equality/index.mdx', policySource({ owner: undefined }));
  assert.ok(!missing.ok);
  assert.equal(formatProblem(missing.problem), 'policies/equality/index.mdx: owner: is missing. Add a line like owner: Director of People.');
  const broken = policyOwnerOf('equality', 'policies/equality/index.mdx', '# No details\n');
  assert.ok(!broken.ok);
  assert.match(formatProblem(broken.problem), /^policies\/equality\/index\.mdx:1: the file must start with a line of three dashes/);
});

test('mistakes in the mapping file are explained one line each', () => {
  assert.deepEqual(mappingMessages('{ "roles": { "Director of People": "people" } }'), [
    '.github/policy-owners.json: roles, Director of People: "people" is not a GitHub team. Write it like "@true-learning-partnership/people-team".',
  ]);
  assert.deepEqual(mappingMessages('{ "roles": { "Director of People": [] } }'), [
    '.github/policy-owners.json: roles, Director of People: is an empty list. Give at least one team, like "@true-learning-partnership/people-team".',
  ]);
  assert.deepEqual(mappingMessages('{ "role": { "Director of People": "@trust/people" } }'), [
    '.github/policy-owners.json: roles: is missing. Add each owner role with its team, like "roles": { "Director of People": "@true-learning-partnership/people-team" }.',
    '.github/policy-owners.json: "role" is not a field we know. Did you mean "roles"?',
  ]);
  assert.deepEqual(mappingMessages('{ "colour": "blue", "roles": {} }'), [
    '.github/policy-owners.json: "colour" is not a field we know. The fields are "roles" and, if you want, "otherFiles".',
  ]);
  // The middle is the JavaScript engine's own description of where, which differs between Node versions.
  const [json, ...more] = mappingMessages('{ "roles": { "Director of People": "@trust/people", } }');
  assert.match(json ?? '', /^\.github\/policy-owners\.json: is not valid JSON \(.+\)\. Check the commas, quotation marks and brackets\.$/);
  assert.deepEqual(more, []);
});

test('an out-of-date CODEOWNERS file says to run npm run codeowners, and which lines to change', () => {
  const expected = '# header\n/policies/a/ @trust/people\n/policies/b/ @trust/people\n';
  assert.equal(staleCodeownersMessage(expected, expected), undefined);
  assert.equal(staleCodeownersMessage(undefined, expected), '.github/CODEOWNERS is missing: run npm run codeowners and commit the file it writes.');
  assert.equal(
    staleCodeownersMessage('# header\n/policies/a/ @trust/operations\n', expected),
    ".github/CODEOWNERS is out of date with the policies' owners: run npm run codeowners and commit the result. The lines to change:\n" +
      '  - /policies/a/ @trust/operations\n  + /policies/a/ @trust/people\n  + /policies/b/ @trust/people',
  );
});
