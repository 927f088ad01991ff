import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { easyReadRulesMarkdown, withRulesSection } from '#src/easy-read/rule-docs.ts';
import { EASY_READ_RULES } from '#src/easy-read/rules/index.ts';
import { REPOSITORY_ROOT } from '../helpers/fixture-site.ts';

const contributing = await readFile(path.join(REPOSITORY_ROOT, 'CONTRIBUTING.md'), 'utf8');

test('CONTRIBUTING.md explains every easy-read rule with the examples the tests run (npm run docs:easy-read)', () => {
  const expected = withRulesSection(contributing, easyReadRulesMarkdown(EASY_READ_RULES));
  assert.ok(expected !== undefined, 'CONTRIBUTING.md has the markers around the rules section');
  assert.equal(contributing, expected, 'CONTRIBUTING.md is out of date: run npm run docs:easy-read');
});

test('every rule\'s link in a message leads to a heading in CONTRIBUTING.md', () => {
  const slugger = new GithubSlugger();
  const anchors = new Set([...contributing.matchAll(/^#{1,6} (.+)$/gm)].map((match) => slugger.slug(match[1]!)));
  for (const rule of EASY_READ_RULES) {
    const [file, anchor] = rule.url.split('#');
    assert.equal(file, 'CONTRIBUTING.md');
    assert.ok(anchors.has(anchor!), `CONTRIBUTING.md has a heading for #${anchor}`);
  }
});
