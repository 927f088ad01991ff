import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildFixtureSite } from '../helpers/fixture-site.ts';
import { brokenInternalLinks } from '#src/checks/link-check.ts';
import { hrefsIn } from '../helpers/html.ts';

test('under a base path, every internal link on every page honours it and resolves', async () => {
  const build = await buildFixtureSite({ withSamplePolicies: true, env: { POLICY_SITE_BASE: '/policies-site/' } });
  assert.equal(build.code, 0, build.output);
  assert.deepEqual(await brokenInternalLinks(build.distDir, '/policies-site/'), []);
  const register = await readFile(path.join(build.distDir, 'index.html'), 'utf8');
  assert.ok(hrefsIn(register).includes('/policies-site/policies/social-media/'), 'the register links to the policy under the base path');
  assert.match(register, /<link rel="stylesheet" href="\/policies-site\/_astro\//);
});
