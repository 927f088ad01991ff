import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { createFixtureSite, runAstroBuild, TEST_TODAY } from '../helpers/fixture-site.ts';
import { htmlText } from '../helpers/html.ts';

const CREST = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><rect width="40" height="20" fill="#0b6b35"/></svg>\n';

function elements(tree: Root | Element, tagName: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element) => {
    if (element.tagName === tagName) found.push(element);
  });
  return found;
}

test('a Trust\'s settings give the header its name and logo and the links its colour, and a site with no policies says how to add them', async () => {
  const root = await createFixtureSite();
  const settingsFile = path.join(root, 'trust/settings.yaml');
  const settings = (await readFile(settingsFile, 'utf8'))
    // Whatever the repository's own Trust has written there.
    .replace(/^name: .*$/m, 'name: Riverside Schools Trust')
    .replace(/^shortName: .*$/m, 'shortName: Riverside')
    .replace(/^(\s+)file: .*$/m, '$1file: trust/crest.svg')
    .replace(/^(\s+)alt: .*$/m, '$1alt: Riverside Schools Trust crest')
    .replace(/^brandColour: .*$/m, 'brandColour: "#0B6B35"');
  await writeFile(settingsFile, settings);
  await writeFile(path.join(root, 'trust/crest.svg'), CREST);
  const build = await runAstroBuild(root, { POLICY_SITE_TODAY: TEST_TODAY });
  assert.equal(build.code, 0, build.output);
  const dist = path.join(root, 'dist');
  const home = await readFile(path.join(dist, 'index.html'), 'utf8');
  const page = fromHtml(home);

  const [header] = elements(page, 'header');
  assert.ok(header);
  const [logo] = elements(header, 'img');
  assert.equal(logo?.properties['src'], '/trust/logo.svg');
  assert.equal(logo?.properties['alt'], 'Riverside Schools Trust crest');
  assert.match(toText(header), /Riverside Schools Trust/);
  assert.equal(await readFile(path.join(dist, 'trust/logo.svg'), 'utf8'), CREST, 'the logo is copied into the site as it is');
  assert.equal(toText(elements(page, 'title')[0]!), 'All policies - Staff policies - Riverside');

  const stylesheets = elements(page, 'link').filter((link) => String(link.properties['rel']) === 'stylesheet').map((link) => String(link.properties['href']));
  assert.ok(stylesheets.includes('/trust/brand.css'), `the brand stylesheet is linked: ${stylesheets.join(', ')}`);
  assert.match(await readFile(path.join(dist, 'trust/brand.css'), 'utf8'), /:root \{ --brand: #0b6b35; \}/);
  assert.doesNotMatch(home, /\sstyle=|<style/, 'the colour reaches the page through a file, never inline');

  assert.match(htmlText(home), /No policies have been published here yet\./);
  assert.match(htmlText(home), /npm run import/);
});
