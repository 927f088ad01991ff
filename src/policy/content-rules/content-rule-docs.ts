import { fence, sectionMarkers, type GeneratedSection } from '../generated-section.ts';
import { NOT_UTF8_MESSAGE } from '../text-file.ts';
import type { ContentRule } from './content-rule.ts';
import { CONTENT_RULES } from './index.ts';

/** "What a policy file may contain" in CONTRIBUTING.md, from the rules' own examples and messages. */
export function contentRulesMarkdown(rules: readonly ContentRule[]): string {
  const sections = rules.map((rule) => [
    `### Policy file: ${rule.id}`,
    '',
    `**${rule.summary}**`,
    '',
    rule.explanation,
    '',
    ...rule.examples.flatMap((example) => [
      `${example.name === 'ok.mdx' ? 'Right' : 'Wrong'} (\`${example.name}\`):`,
      '',
      fence('mdx', example.source),
      ...(example.messages.length > 0 ? ['', 'What the build says:', '', fence('text', example.messages.join('\n'))] : []),
      '',
    ]),
  ].join('\n'));
  const encoding = [
    '### Policy file: utf-8',
    '',
    '**Every file is saved as UTF-8.** GitHub\'s editor always saves it so; a file made elsewhere may not be. What the build says about one that is not:',
    '',
    fence('text', `policies/pay/index.mdx:12: ${NOT_UTF8_MESSAGE}.`),
    '',
  ].join('\n');
  return [...sections, encoding].join('\n');
}

export const CONTENT_RULES_SECTION: GeneratedSection = {
  name: 'what a policy file may contain',
  ...sectionMarkers('policy-file-rules', 'src/policy/content-rules/'),
  markdown: () => contentRulesMarkdown(CONTENT_RULES),
};
