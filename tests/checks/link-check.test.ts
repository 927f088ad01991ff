import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brokenInternalLinks, externalLinks } from '#src/checks/link-check.ts';

async function site(pages: Record<string, string>): Promise<string> {
  const dist = await mkdtemp(path.join(tmpdir(), 'policy-links-'));
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(dist, file)), { recursive: true });
    await writeFile(path.join(dist, file), html);
  }
  return dist;
}

test('links are found however their attributes are written: double, single or no quotes, and entities', async () => {
  const dist = await site({
    'index.html': `<!doctype html><title>Home</title>
      <a href="/policies/pay/#scope">double</a>
      <a href='/policies/pay/#paragraph-a'>single</a>
      <a href=/policies/pay/#missing>none</a>
      <a href="/policies/pay/?a=1&amp;b=2#scope">entity</a>
      <a href='/policies/gone/'>gone</a>`,
    'policies/pay/index.html': `<!doctype html><title>Pay</title><h2 id=scope>Scope</h2><li id='paragraph-a'>A</li>`,
  });
  assert.deepEqual(await brokenInternalLinks(dist, '/'), [
    { page: 'index.html', href: '/policies/pay/#missing', reason: 'has no id "missing" on the page it leads to' },
    { page: 'index.html', href: '/policies/gone/', reason: 'leads to no page' },
  ]);
});

test('a link outside the base path is reported, and links to other sites are listed, not checked, with their pages', async () => {
  const dist = await site({
    'index.html': `<!doctype html><title>Home</title><a href="/elsewhere/">out</a><a href=https://www.gov.uk/guidance#x>GOV.UK</a>`,
    'about/index.html': `<!doctype html><title>About</title><a href='https://www.gov.uk/guidance'>GOV.UK again</a>`,
  });
  assert.deepEqual(await brokenInternalLinks(dist, '/site/'), [
    { page: 'index.html', href: '/elsewhere/', reason: 'does not start with the base path /site/' },
  ]);
  assert.deepEqual([...(await externalLinks(dist))], [['https://www.gov.uk/guidance', ['about/index.html', 'index.html']]]);
});

test('an id in a comment or in text is not a target', async () => {
  const dist = await site({
    'index.html': `<!doctype html><title>Home</title><a href="#real">real</a><a href="#fake">fake</a><!-- <p id="fake"> --><p>id="fake"</p><p id="real">Here</p>`,
  });
  assert.deepEqual(await brokenInternalLinks(dist, '/'), [
    { page: 'index.html', href: '#fake', reason: 'has no id "fake" on the page it leads to' },
  ]);
});
