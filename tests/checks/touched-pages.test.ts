import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pagesTouchedBy } from '#src/checks/touched-pages.ts';

test('a change to a policy touches its own pages, the pages that link to it and the lists of all policies, nothing else', async () => {
  const dist = await mkdtemp(path.join(tmpdir(), 'policy-touched-'));
  const pages: Record<string, string> = {
    'index.html': '<a href="/intranet/policies/travel/">Travel</a>',
    'reviews/index.html': '<p>Reviews</p>',
    'accessibility/index.html': '<p>Statement</p>',
    'policies/pay/index.html': '<h1>Pay</h1>',
    'policies/pay/versions/1.0/index.html': '<h1>Pay 1.0</h1>',
    'policies/leave/index.html': '<a href=/intranet/policies/pay/#scope>pay</a>',
    'policies/travel/index.html': '<p>Write the address /intranet/policies/pay/ in your notes.</p>',
    'policies/payroll/index.html': '<a href="/intranet/policies/payroll/">Payroll</a>',
  };
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(dist, file)), { recursive: true });
    await writeFile(path.join(dist, file), `<!doctype html><title>t</title>${html}`);
  }
  assert.deepEqual(await pagesTouchedBy(dist, '/intranet/', ['pay']), [
    'index.html',
    'policies/leave/index.html',
    'policies/pay/index.html',
    'policies/pay/versions/1.0/index.html',
    'reviews/index.html',
  ]);
});
