import { fence, sectionMarkers, type GeneratedSection } from '#src/policy/generated-section.ts';
import type { EasyReadRule } from './rule.ts';
import { EASY_READ_RULES } from './rules/index.ts';

/** The easy-read rules' part of CONTRIBUTING.md, with the examples the tests run. */
export function easyReadRulesMarkdown(rules: readonly EasyReadRule[]): string {
  return rules.map((rule) => {
    const severity = typeof rule.severity === 'function'
      ? 'Error or warning (see below).'
      : rule.severity === 'error' ? 'Error: the build fails.' : 'Warning: printed, and the build goes on.';
    const options = Object.entries(rule.options ?? {}).map(([name, option]) => `Setting: \`${name}\` (${option.default}), ${option.description}. Change it in \`src/easy-read/rules/index.ts\`.`);
    const examples = rule.examples.flatMap((example) => [
      `${example.name === 'ok.mdx' ? 'Right' : 'Wrong'} (\`${example.name}\`${example.policy ? `, for a policy at version ${example.policy.version}, ${example.policy.status}` : ''}):`,
      '',
      fence('mdx', example.source),
      ...(example.messages.length > 0 ? ['', 'What the lint says:', '', fence('text', example.messages.join('\n'))] : []),
      '',
    ]);
    return [`### Easy read: ${rule.id}`, '', `**${severity}** ${rule.summary}`, '', rule.explanation, '', ...(options.length > 0 ? [...options, ''] : []), ...examples].join('\n');
  }).join('\n');
}

export const EASY_READ_RULES_SECTION: GeneratedSection = {
  name: 'the easy-read rules',
  ...sectionMarkers('easy-read-rules', 'src/easy-read/rules/'),
  markdown: () => easyReadRulesMarkdown(EASY_READ_RULES),
};
