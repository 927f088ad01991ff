import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ACCESSIBILITY_REPORT_FILE, accessibilityReportText } from '#src/accessibility/accessibility-report.ts';
import { createFixtureSite, policySource, runAstroBuild, TEST_TODAY } from '../helpers/fixture-site.ts';
import { hrefsIn, htmlText } from '../helpers/html.ts';
import { brokenInternalLinks } from '#src/checks/link-check.ts';
import { builtPages } from '#src/site/built-pages.ts';
import { REPLY_TIME } from '#src/accessibility/accessibility-statement.ts';
import { FORMATS_ON_REQUEST } from '#src/accessibility/format-request.ts';
import { easyReadSource } from '../helpers/easy-read-fixture.ts';
import { STATEMENT_HEADINGS } from '../helpers/statement-headings.ts';

const POLICIES = { 'pay/index.mdx': policySource({ title: 'Pay Policy' }), 'pay/easy-read.mdx': easyReadSource() };

async function build(env: Record<string, string>, report: 'recorded' | 'none'): Promise<string> {
  const root = await createFixtureSite({ policies: POLICIES });
  const reportFile = path.join(root, ACCESSIBILITY_REPORT_FILE);
  if (report === 'none') await rm(reportFile, { force: true });
  else {
    await writeFile(reportFile, accessibilityReportText({
      checkedOn: '2026-11-24',
      pagesChecked: 31,
      axeCoreVersion: '4.14.1',
      tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
      violations: [{ page: 'policies/pay/index.html', rule: 'color-contrast', impact: 'serious', help: 'Elements must meet minimum color contrast ratio thresholds', criteria: ['1.4.3'] }],
    }));
  }
  const result = await runAstroBuild(root, { POLICY_SITE_TODAY: TEST_TODAY, ...env });
  assert.equal(result.code, 0, result.output);
  return path.join(root, 'dist');
}

const page = (dist: string, file: string) => readFile(path.join(dist, file), 'utf8');
const headings = (html: string, level: number) =>
  [...html.matchAll(new RegExp(`<h${level}[^>]*>([\\s\\S]*?)</h${level}>`, 'g'))].map((match) => htmlText(match[1]!));

let configured: string;
let bare: string;
before(async () => {
  configured = await build({ POLICY_SITE_REPOSITORY: 'trust-example/policy-library', POLICY_SITE_BRANCH: 'live', POLICY_SITE_CONTACT_EMAIL: 'access@trust.example' }, 'recorded');
  bare = await build({ POLICY_SITE_REPOSITORY: '', POLICY_SITE_BASE: '/policies-site/', POLICY_SITE_TODAY: '2027-11-26' }, 'none');
});

test('a policy page links to GitHub\'s web editor for its own file, on the configured repository and branch', async () => {
  const html = await page(configured, 'policies/pay/index.html');
  assert.ok(hrefsIn(html).includes('https://github.com/trust-example/policy-library/edit/live/policies/pay/index.mdx'), 'Edit this policy');
  assert.match(htmlText(html), /For the policy's owner: Edit this policy in GitHub's web editor/);
  assert.ok(hrefsIn(html).includes('https://github.com/trust-example/policy-library/blob/live/CONTRIBUTING.md'));
});

test('with no repository configured, no page has an edit link', async () => {
  for (const file of await builtPages(bare)) {
    const html = await page(bare, file);
    assert.ok(!hrefsIn(html).some((href) => href.startsWith('https://github.com/')), file);
    assert.doesNotMatch(html, /Edit this policy/, file);
  }
});

test('every page\'s footer links to the accessibility statement and to asking for another format, under the base path too', async () => {
  for (const [dist, prefix] of [[configured, '/'], [bare, '/policies-site/']] as const) {
    const pages = await builtPages(dist);
    assert.ok(pages.includes('accessibility/index.html'));
    assert.ok(pages.includes('alternative-formats/index.html'));
    for (const file of pages) {
      const footer = /<footer[\s\S]*<\/footer>/.exec(await page(dist, file))?.[0] ?? '';
      for (const href of [`${prefix}accessibility/`, `${prefix}alternative-formats/`]) assert.ok(hrefsIn(footer).includes(href), `${file} links to ${href} in its footer`);
    }
  }
  assert.deepEqual(await brokenInternalLinks(bare, '/policies-site/'), []);
});

test('the accessibility statement has the nine headings of the GOV.UK model statement, in order', async () => {
  assert.deepEqual(headings(await page(configured, 'accessibility/index.html'), 2), STATEMENT_HEADINGS);
});

test('the statement says when and how the site was last tested, from the recorded run, and lists what it found', async () => {
  const text = htmlText(await page(configured, 'accessibility/index.html'));
  for (const expected of [
    'This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard',
    'This website was last tested on 24 November 2026.',
    'at the last run, 31 pages',
    'axe-core 4.14.1, with its rules for WCAG 2.0, 2.1 and 2.2 at levels A and AA, on every page: it found 1 failure at the last run',
    'The last automated check, on 24 November 2026, found this failure of WCAG 2.2 AA.',
    '/policies/pay/: Elements must meet minimum color contrast ratio thresholds (WCAG 1.4.3).',
    'This statement was prepared on 25 November 2026. It was last reviewed on 25 November 2026, and will be reviewed again by 25 November 2027.',
    'We will reply within 5 working days.',
    'email access@trust.example',
    'Equality and Human Rights Commission (EHRC)',
    'Equality Advisory and Support Service (EASS)',
  ]) assert.ok(text.includes(expected), `the statement says "${expected}"`);
});

test('without a recorded run the statement says so rather than guess; once overdue it says that too', async () => {
  const html = await page(bare, 'accessibility/index.html');
  const text = htmlText(html);
  assert.match(text, /The automated checks have not been run on this copy of the website, so we cannot say what they would find\./);
  assert.match(text, /Overdue for review This statement was due for review by 25 November 2027\./);
  assert.match(text, /ask the policy's owner \(each policy page names the owner's role\), your school office or the Trust's HR team/);
  assert.doesNotMatch(text, /last tested on/);
  assert.deepEqual(headings(html, 2).filter((heading) => heading !== 'Overdue for review'), STATEMENT_HEADINGS);
});

/** The mailto links on a page, as URLs, so their subject and body can be read back decoded. */
const mailtoLinks = (html: string) => hrefsIn(html).filter((href) => href.startsWith('mailto:')).map((href) => new URL(href));

test('with a contact address, a policy page and its easy read offer an email that names the policy and version in its subject', async () => {
  for (const file of ['policies/pay/index.html', 'policies/pay/easy-read/index.html']) {
    const html = await page(configured, file);
    const [mailto, ...others] = mailtoLinks(html);
    assert.equal(others.length, 0, `${file}: one email link`);
    assert.equal(mailto?.pathname, 'access@trust.example', file);
    assert.equal(mailto?.searchParams.get('subject'), 'Request for another format: Pay Policy, version 1.0', file);
    assert.match(mailto?.searchParams.get('body') ?? '', /^Policy: Pay Policy, version 1\.0\r\nWeb page: https:\/\/\S+\/policies\/pay\/\r\n/, file);
    assert.ok(hrefsIn(html).includes('/alternative-formats/'), `${file}: links to the alternative-formats page`);
  }
  assert.match(htmlText(await page(configured, 'policies/pay/index.html')), /Need this policy in another format, such as Braille, audio, British Sign Language, another language or a printed copy\? Email access@trust\.example: the email names this policy and its version for you\./);
});

test('the alternative-formats page lists what can be downloaded and asked for, how to ask, and the statement\'s reply time, with no script', async () => {
  const html = await page(configured, 'alternative-formats/index.html');
  const text = htmlText(html);
  assert.doesNotMatch(html, /<script/i);
  for (const expected of [
    'a standard PDF, to print or attach to an email (the one policy)',
    'an easy read PDF, with a picture beside each point (the one policy)',
    ...FORMATS_ON_REQUEST,
    'Email access@trust.example. Tell us which policy you need',
    REPLY_TIME,
  ]) assert.ok(text.includes(expected), `the page says "${expected}"`);
  assert.ok(htmlText(await page(configured, 'accessibility/index.html')).includes(`Say which policy you need and in what format. ${REPLY_TIME}`), 'the statement promises the same');
  assert.deepEqual(mailtoLinks(html).map((mailto) => [mailto.pathname, mailto.searchParams.get('subject')]), [['access@trust.example', 'Request for a policy in another format']]);
});

test('without a contact address, the pages say who to ask by role and invent no address', async () => {
  for (const file of ['policies/pay/index.html', 'policies/pay/easy-read/index.html', 'alternative-formats/index.html', 'accessibility/index.html']) {
    assert.deepEqual(mailtoLinks(await page(bare, file)), [], `${file}: no email address`);
  }
  assert.match(htmlText(await page(bare, 'policies/pay/index.html')), /Ask the policy's owner \(the Director of People\), your school office or the Trust's HR team, and say it is the Pay Policy, version 1\.0\. How to ask for another format\./);
  assert.match(htmlText(await page(bare, 'policies/pay/easy-read/index.html')), /Ask your school office\. They can help you ask for it\./);
  assert.match(htmlText(await page(bare, 'alternative-formats/index.html')), /You can ask the policy's owner \(each policy page names the owner's role\), your school office or the Trust's HR team\./);
  assert.ok(hrefsIn(await page(bare, 'policies/pay/index.html')).includes('/policies-site/alternative-formats/'));
});

test('the statement says which formats exist, from the build, and what has not been checked in them', async () => {
  const text = htmlText(await page(configured, 'accessibility/index.html'));
  for (const expected of [
    'download any policy as a tagged PDF (PDF/UA-1), in a standard and a large-print version',
    'read an easy read version, with a picture beside each point, as a web page and as a PDF (the one policy)',
    'the PDFs have been checked by our automated tests only: not with a PDF accessibility checker such as veraPDF or PAC, and not with a screen reader',
    'no easy read version has been checked yet by people with a learning disability',
  ]) assert.ok(text.includes(expected), `the statement says "${expected}"`);
  assert.doesNotMatch(text, /no easy-read versions|does not publish PDFs/);
});
