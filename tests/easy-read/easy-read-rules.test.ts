import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFrontmatter } from '#src/policy/frontmatter.ts';
import { parsePolicyText } from '#src/policy/parse-policy-text.ts';
import { lintTree, type RuleSetting } from '#src/easy-read/lint.ts';
import { loadPictures } from '#src/easy-read/pictures.ts';
import type { EasyReadContext, RuleExample } from '#src/easy-read/rule.ts';
import { EASY_READ_RULES } from '#src/easy-read/rules/index.ts';
import type { MarkdownNode } from '#src/easy-read/text.ts';
import { REPOSITORY_ROOT } from '../helpers/fixture-site.ts';

const pictures = loadPictures(REPOSITORY_ROOT);

/** Each message as remark-lint's examples write it: `line:column: message`. */
function lint(example: RuleExample, rules: readonly RuleSetting[]): string[] {
  const parsed = parsePolicyText(example.source);
  assert.ok(parsed.ok, `the example can be read: ${parsed.ok ? '' : parsed.message}`);
  const frontmatter = example.source.startsWith('---') ? readFrontmatter(example.source) : undefined;
  const version = frontmatter?.ok ? (frontmatter.frontmatter.data as { basedOnVersion?: string }).basedOnVersion : undefined;
  const line = frontmatter?.ok ? frontmatter.frontmatter.lineOf(['basedOnVersion']) : undefined;
  const context: EasyReadContext = {
    pictures,
    ...(version && line ? { basedOnVersion: { version, line } } : {}),
    ...(example.policy ? { policy: { ...example.policy, title: 'Test Policy' } } : {}),
  };
  return lintTree(parsed.tree as unknown as MarkdownNode, example.source, 'example.mdx', context, rules)
    .map((message) => `${message.line}:${message.column}: ${message.message}`);
}

for (const rule of EASY_READ_RULES) {
  test(`${rule.id}: documents an ok and a not-ok example`, () => {
    assert.ok(rule.examples.some((example) => example.name === 'ok.mdx' && example.messages.length === 0));
    assert.ok(rule.examples.some((example) => example.name === 'not-ok.mdx' && example.messages.length > 0));
  });
  for (const example of rule.examples) {
    test(`${rule.id}: ${example.name} gives exactly the documented messages`, () => {
      const setting: RuleSetting = example.options ? { rule, options: example.options } : rule;
      assert.deepEqual(lint(example, [setting]), example.messages);
    });
    if (example.name === 'ok.mdx') {
      test(`${rule.id}: ok.mdx passes every other rule too, so it can be copied`, () => {
        assert.deepEqual(lint(example, EASY_READ_RULES), []);
      });
    }
  }
}

test('the sentence limit can be set: 10 words, as the guidance recommends aiming for', () => {
  const example: RuleExample = {
    name: 'not-ok.mdx',
    source: '<Point picture="calendar" alt="A calendar">\n\nYou will hear back from the person within 5 working days.\n\n</Point>\n',
    messages: [],
  };
  const sentenceLength = EASY_READ_RULES.find((rule) => rule.id === 'sentence-length')!;
  assert.deepEqual(lint(example, [sentenceLength]), []);
  assert.deepEqual(lint(example, [{ rule: sentenceLength, options: { maxWords: 10 } }]), [
    '3:1: This sentence has 11 words. Keep each sentence to 10 words or fewer: split it into short sentences with one idea each',
  ]);
});

