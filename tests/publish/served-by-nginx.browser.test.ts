import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '#src/accessibility/chromium.ts';
import { REPOSITORY_ROOT, runAstroBuild, TEST_TODAY } from '../helpers/fixture-site.ts';
import { freePort } from '../helpers/free-port.ts';
import { createVersionedSite } from '../helpers/versioned-policy.ts';
import { startNginx, type RunningNginx } from '#src/publish/nginx-server.ts';
import { CONTENT_SECURITY_POLICY_HEADER, CONTENT_SECURITY_POLICY_META } from '#src/publish/content-security-policy.ts';

let distDir: string;
let nginx: RunningNginx;
let browser: Browser;

before(async () => {
  const root = await createVersionedSite();
  const build = await runAstroBuild(root, { POLICY_SITE_TODAY: TEST_TODAY });
  assert.equal(build.code, 0, build.output);
  distDir = path.join(root, 'dist');
  // startNginx fails with how to install nginx when it is missing: nothing here is skipped.
  nginx = await startNginx({ root: REPOSITORY_ROOT, distDir, port: await freePort() });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await nginx?.stop();
});

async function builtPages(): Promise<string[]> {
  const entries = await readdir(distDir, { recursive: true });
  return entries.filter((entry) => entry.endsWith('.html')).sort();
}

test('every built page carries the Content-Security-Policy and has no inline script, <style> or style attribute', async () => {
  const pages = await builtPages();
  assert.ok(pages.length > 10, `only ${pages.length} pages were built`);
  const problems: string[] = [];
  for (const page of pages) {
    const tree = fromHtml(await readFile(path.join(distDir, page), 'utf8'));
    const policies: string[] = [];
    visit(tree, 'element', (element) => {
      const { tagName, properties } = element;
      if (tagName === 'meta' && String(properties['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy') policies.push(String(properties['content']));
      if (tagName === 'script' && properties['src'] === undefined) problems.push(`${page}: an inline <script>`);
      if (tagName === 'style') problems.push(`${page}: a <style> element`);
      if (properties['style'] !== undefined) problems.push(`${page}: a style attribute on <${tagName}>`);
      for (const name of Object.keys(properties)) if (/^on[A-Z]/.test(name)) problems.push(`${page}: an inline ${name} handler on <${tagName}>`);
    });
    if (policies.length !== 1 || policies[0] !== CONTENT_SECURITY_POLICY_META) problems.push(`${page}: Content-Security-Policy meta tags: ${JSON.stringify(policies)}`);
  }
  assert.deepEqual(problems, []);
});

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

async function headersOf(address: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; body: Buffer }> {
  const response = await fetch(new URL(address, nginx.url), { redirect: 'manual', ...init });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

function assertSecurityHeaders(headers: Headers, what: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(headers.get(name), value, `${what}: ${name}`);
  assert.match(headers.get('permissions-policy') ?? '', /camera=\(\)/, `${what}: permissions-policy`);
}

test('a page, a PDF, a fingerprinted asset and a missing page have the right type, caching and security headers', async () => {
  const page = await headersOf('policies/online-safety/');
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(page.headers.get('cache-control'), 'no-cache');
  assertSecurityHeaders(page.headers, 'a page');

  const pdf = await headersOf('policies/online-safety/online-safety-policy.pdf');
  assert.equal(pdf.status, 200);
  assert.equal(pdf.headers.get('content-type'), 'application/pdf');
  assert.equal(pdf.headers.get('cache-control'), 'no-cache');
  assertSecurityHeaders(pdf.headers, 'a PDF');

  const stylesheet = (await readdir(path.join(distDir, '_astro'))).find((file) => file.endsWith('.css'));
  assert.ok(stylesheet, 'the build wrote a stylesheet to _astro/');
  const asset = await headersOf(`_astro/${stylesheet}`);
  assert.equal(asset.status, 200);
  assert.equal(asset.headers.get('content-type'), 'text/css; charset=utf-8');
  assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assertSecurityHeaders(asset.headers, 'a fingerprinted asset');

  const missing = await headersOf('policies/no-such-policy/');
  assert.equal(missing.status, 404);
  assert.equal(missing.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(missing.body.toString('utf8'), await readFile(path.join(distDir, '404.html'), 'utf8'), 'the site\'s own 404 page');
  assertSecurityHeaders(missing.headers, 'a missing page');
});

test('feeds, the register and Pagefind\'s files have their own types, and only hashed index files are cached long', async () => {
  const expected: [string, string, string][] = [
    ['reviews.ics', 'text/calendar; charset=utf-8', 'no-cache'],
    ['changes.xml', 'application/atom+xml; charset=utf-8', 'no-cache'],
    ['policies.json', 'application/json; charset=utf-8', 'no-cache'],
    ['pagefind/pagefind.js', 'application/javascript; charset=utf-8', 'no-cache'],
    ['pagefind/wasm.en.pagefind', 'application/octet-stream', 'no-cache'],
  ];
  const index = await readdir(path.join(distDir, 'pagefind'), { recursive: true });
  for (const extension of ['.pf_meta', '.pf_index', '.pf_fragment']) {
    const file = index.find((name) => name.endsWith(extension));
    assert.ok(file, `Pagefind wrote a ${extension} file`);
    expected.push([`pagefind/${file}`, 'application/octet-stream', 'public, max-age=31536000, immutable']);
  }
  for (const [address, type, cache] of expected) {
    const { status, headers } = await headersOf(address);
    assert.equal(status, 200, address);
    assert.equal(headers.get('content-type'), type, address);
    assert.equal(headers.get('cache-control'), cache, address);
  }
});

test('Pagefind\'s gzip files are sent as gzip, so the browser unpacks them rather than Pagefind\'s JavaScript', async () => {
  const index = await readdir(path.join(distDir, 'pagefind'), { recursive: true });
  const files = ['wasm.en.pagefind', ...['.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter'].map((extension) => index.find((name) => name.endsWith(extension)))];
  for (const file of files) {
    assert.ok(file, 'Pagefind wrote each kind of file');
    const { status, headers, body } = await headersOf(`pagefind/${file}`);
    assert.equal(status, 200, file);
    // Exactly "gzip": two headers would read "gzip, gzip", and the browser would unpack twice and fail.
    assert.equal(headers.get('content-encoding'), 'gzip', file);
    // fetch unpacks gzip: what a browser hands Pagefind starts with Pagefind's mark for an unpacked file.
    assert.equal(body.subarray(0, 12).toString('latin1'), 'pagefind_dcd', file);
  }
  for (const address of ['pagefind/pagefind.js', 'policies.json']) {
    const { headers } = await headersOf(address, { headers: { 'accept-encoding': 'identity' } });
    assert.equal(headers.get('content-encoding'), null, `${address} is not marked as gzip`);
  }
});

test('Brotli and gzip give smaller bodies than the plain page, each with its Content-Encoding', async () => {
  for (const address of ['policies/online-safety/', '_astro/' + (await readdir(path.join(distDir, '_astro'))).find((file) => file.endsWith('.css'))]) {
    const plain = await headersOf(address, { headers: { 'accept-encoding': 'identity' } });
    assert.equal(plain.headers.get('content-encoding'), null);
    const gzip = await headersOf(address, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gzip.headers.get('content-encoding'), 'gzip', `${address} with gzip`);
    assert.ok(Number(gzip.headers.get('content-length')) < plain.body.length, `${address}: gzip is smaller`);
    assert.equal(gzip.headers.get('vary'), 'Accept-Encoding');
    assert.equal(nginx.brotli, true, 'the Brotli module is installed (apt-get install libnginx-mod-http-brotli-static)');
    const brotli = await headersOf(address, { headers: { 'accept-encoding': 'br, gzip' } });
    assert.equal(brotli.headers.get('content-encoding'), 'br', `${address} with Brotli`);
    assert.ok(Number(brotli.headers.get('content-length')) < Number(gzip.headers.get('content-length')), `${address}: Brotli is smaller still`);
  }
});

test('without the Brotli module the same configuration starts and sends the gzip copies', async () => {
  const plainNginx = await startNginx({ root: REPOSITORY_ROOT, distDir, port: await freePort(), brotli: false });
  try {
    const response = await fetch(new URL('policies/online-safety/', plainNginx.url), { headers: { 'accept-encoding': 'br, gzip' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-encoding'), 'gzip');
    assert.equal(response.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY_HEADER);
  } finally {
    await plainNginx.stop();
  }
});

/** Records every Content-Security-Policy violation and console error on a page, from its first script on. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const context = await browser.newContext();
  const violations: string[] = [];
  await context.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  return { page, violations };
}

test('in Chromium with the policy enforced, search finds a policy and the date finder answers, with no violation on any page', async () => {
  const { page, violations } = await watchedPage();
  await page.goto(`${nginx.url}search/`);
  await page.getByRole('searchbox', { name: 'Search all policies' }).fill('friend requests');
  await page.locator('#search-results-list > li').first().waitFor({ timeout: 10_000 });
  assert.match(await page.locator('#search-results-list').innerText(), /Online Safety Policy/);

  await page.goto(`${nginx.url}policies/online-safety/versions/`);
  await page.getByLabel('Date', { exact: true }).fill('2023-03-14');
  await page.getByRole('button', { name: 'Find the version' }).click();
  assert.match(await page.getByRole('status').innerText(), /On 14 March 2023, version 1\.0 was in force\./);

  for (const built of await builtPages()) {
    const address = built.replace(/(^|\/)index\.html$/, '$1');
    await page.goto(new URL(address, nginx.url).href, { waitUntil: 'load' });
  }
  assert.deepEqual(violations, []);
});

test('a site built for a base path is served at it, as a trust\'s server would, with the 404 page for an address under it that has no page', async () => {
  const served = await startNginx({ root: REPOSITORY_ROOT, distDir, port: await freePort(), base: '/staff-policies/' });
  try {
    assert.match(served.url, /\/staff-policies\/$/);
    const home = await fetch(served.url);
    assert.equal(home.status, 200);
    assert.equal(await home.text(), await readFile(path.join(distDir, 'index.html'), 'utf8'));
    const missing = await fetch(`${served.url}no-such-page/`);
    assert.equal(missing.status, 404);
    assert.equal(await missing.text(), await readFile(path.join(distDir, '404.html'), 'utf8'));
  } finally {
    await served.stop();
  }
});

test('a port another program already uses is refused before nginx starts, rather than that program answering for it', async () => {
  await assert.rejects(startNginx({ root: REPOSITORY_ROOT, distDir, port: Number(new URL(nginx.url).port) }), /Port \d+ on 127\.0\.0\.1 is already in use by another program\./);
});
