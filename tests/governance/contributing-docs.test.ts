import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { withSection } from '#src/policy/generated-section.ts';
import { CONTENT_RULES_SECTION } from '#src/policy/content-rules/content-rule-docs.ts';
import { CONTENT_RULES } from '#src/policy/content-rules/index.ts';
import { contentRuleUrl } from '#src/policy/content-rules/content-rule.ts';
import { EASY_READ_RULES_SECTION } from '#src/easy-read/rule-docs.ts';
import { EASY_READ_RULES } from '#src/easy-read/rules/index.ts';
import { REPOSITORY_ROOT } from '../helpers/fixture-site.ts';

const contributing = await readFile(path.join(REPOSITORY_ROOT, 'CONTRIBUTING.md'), 'utf8');

for (const section of [CONTENT_RULES_SECTION, EASY_READ_RULES_SECTION]) {
  test(`CONTRIBUTING.md explains ${section.name} with the examples the tests run (npm run docs)`, () => {
    const expected = withSection(contributing, section);
    assert.ok(expected !== undefined, `CONTRIBUTING.md has the markers around ${section.name}`);
    assert.equal(contributing, expected, 'CONTRIBUTING.md is out of date: run npm run docs');
  });
}

test('every rule\'s link in a message leads to a heading in CONTRIBUTING.md', () => {
  const slugger = new GithubSlugger();
  const anchors = new Set([...contributing.matchAll(/^#{1,6} (.+)$/gm)].map((match) => slugger.slug(match[1]!)));
  const urls = [...EASY_READ_RULES.map((rule) => rule.url), ...CONTENT_RULES.map((rule) => contentRuleUrl(rule.id))];
  for (const url of urls) {
    const [file, anchor] = url.split('#');
    assert.equal(file, 'CONTRIBUTING.md');
    assert.ok(anchors.has(anchor!), `CONTRIBUTING.md has a heading for #${anchor}`);
  }
});
