import { test } from 'node:test';
import assert from 'node:assert/strict';
import { githubEditUrl, githubFileUrl, policyFileInRepository } from '#src/governance/edit-link.ts';
import { DEFAULT_REPOSITORY, readSiteConfig } from '#src/site/site-config.ts';

const config = (env: Record<string, string>) => readSiteConfig(env, '/repo');

test('the edit link opens GitHub\'s web editor on the policy\'s file, on the configured branch', () => {
  assert.equal(
    githubEditUrl('true-learning-partnership/staff-policies', 'main', 'policies/social-media/index.mdx'),
    'https://github.com/true-learning-partnership/staff-policies/edit/main/policies/social-media/index.mdx',
  );
  assert.equal(githubEditUrl('trust/policies', 'release/2026', 'policies/a b/index.mdx'), 'https://github.com/trust/policies/edit/release/2026/policies/a%20b/index.mdx');
  assert.equal(githubFileUrl('trust/policies', 'main', 'CONTRIBUTING.md'), 'https://github.com/trust/policies/blob/main/CONTRIBUTING.md');
});

test('the file is found inside the repository, and a policies folder outside it has no file to edit', () => {
  assert.equal(policyFileInRepository('/repo', '/repo/policies', 'equality'), 'policies/equality/index.mdx');
  assert.equal(policyFileInRepository('/repo', '/repo/content/policies', 'equality'), 'content/policies/equality/index.mdx');
  assert.equal(policyFileInRepository('/repo', '/elsewhere/policies', 'equality'), undefined);
});

test('repository and branch come from the environment, with a default for the Trust, and an empty repository means no link', () => {
  assert.equal(config({}).repository, DEFAULT_REPOSITORY);
  assert.equal(config({}).branch, 'main');
  assert.equal(config({ GITHUB_REPOSITORY: 'trust/from-actions' }).repository, 'trust/from-actions', 'a GitHub Actions build names its own repository');
  assert.equal(config({ GITHUB_REPOSITORY: 'trust/from-actions', POLICY_SITE_REPOSITORY: 'trust/chosen' }).repository, 'trust/chosen');
  assert.equal(config({ POLICY_SITE_REPOSITORY: 'https://github.com/trust/policies.git' }).repository, 'trust/policies', 'a pasted address is understood');
  assert.equal(config({ POLICY_SITE_REPOSITORY: '' }).repository, undefined);
  assert.equal(config({ POLICY_SITE_BRANCH: 'published' }).branch, 'published');
});

test('a setting that cannot be right is refused with an example', () => {
  assert.throws(() => config({ POLICY_SITE_REPOSITORY: 'policies' }), {
    message: 'POLICY_SITE_REPOSITORY: "policies" is not a GitHub repository. Write it as owner/name, like POLICY_SITE_REPOSITORY=true-learning-partnership/staff-policies, or leave it empty for no "Edit this policy" link.',
  });
  assert.throws(() => config({ POLICY_SITE_BRANCH: 'my branch' }), { message: 'POLICY_SITE_BRANCH: "my branch" is not a branch name. Write it like POLICY_SITE_BRANCH=main.' });
  assert.throws(() => config({ POLICY_SITE_CONTACT_EMAIL: 'HR team' }), {
    message: 'POLICY_SITE_CONTACT_EMAIL: "HR team" is not an email address. Write it like POLICY_SITE_CONTACT_EMAIL=hr@example.org, or leave it out.',
  });
  assert.equal(config({ POLICY_SITE_CONTACT_EMAIL: ' hr@trust.example ' }).contacts.otherFormats, 'hr@trust.example');
  assert.equal(config({}).contacts.otherFormats, undefined);
});
