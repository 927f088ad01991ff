import type { EasyReadRule } from './rule.ts';

export const RULES_START = '<!-- easy-read-rules:start: made by `npm run docs:easy-read` from src/easy-read/rules/, so edit the rules, not this -->';
export const RULES_END = '<!-- easy-read-rules:end -->';

/**
 * The rules' section of CONTRIBUTING.md, made from the rules themselves: the examples shown there
 * are the ones the tests run, so the explanation and the checks cannot drift apart.
 */
export function easyReadRulesMarkdown(rules: readonly EasyReadRule[]): string {
  const sections = rules.map((rule) => {
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
  });
  return [RULES_START, '', ...sections, RULES_END].join('\n');
}

function fence(language: string, text: string): string {
  const ticks = text.includes('```') ? '````' : '```';
  return `${ticks}${language}\n${text}\n${ticks}`;
}

/** CONTRIBUTING.md with its rules section replaced by `section`; undefined when the markers are missing. */
export function withRulesSection(contributing: string, section: string): string | undefined {
  const start = contributing.indexOf(RULES_START.slice(0, 30));
  const end = contributing.indexOf(RULES_END);
  if (start === -1 || end === -1 || end < start) return undefined;
  return `${contributing.slice(0, start)}${section}${contributing.slice(end + RULES_END.length)}`;
}
