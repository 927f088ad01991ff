import { unified } from 'unified';
import type { Node } from 'unist';
import { VFile } from 'vfile';
import { byPlace, type Problem } from '#src/policy/problem.ts';
import { severityOf, type EasyReadContext, type EasyReadRule, type RuleOptions } from './rule.ts';
import { EASY_READ_PRESET } from './rules/index.ts';
import type { MarkdownNode } from './text.ts';

export type RuleSetting = EasyReadRule | { rule: EasyReadRule; options: RuleOptions };

/** Runs the rules over an easy read's syntax tree, the way remark-lint runs its rules: as unified plugins. */
export function lintTree(
  tree: MarkdownNode,
  source: string,
  file: string,
  context: EasyReadContext,
  rules: readonly RuleSetting[] = EASY_READ_PRESET,
): Problem[] {
  const vfile = new VFile({ value: source, path: file, data: { easyRead: context } });
  const processor = unified();
  for (const setting of rules) {
    const { rule, options } = 'rule' in setting ? setting : { rule: setting, options: undefined };
    processor.use(rule.plugin, [severityOf(rule, context) === 'error' ? 'error' : 'warn', options]);
  }
  processor.runSync(tree as Node, vfile);
  return vfile.messages
    .map((message): Problem => ({
      file,
      ...(message.line === undefined ? {} : { line: message.line }),
      ...(message.column === undefined ? {} : { column: message.column }),
      severity: message.fatal ? 'error' : 'warning',
      message: message.reason,
      ...(message.ruleId ? { ruleId: message.ruleId } : {}),
      ...(message.url ? { url: message.url } : {}),
    }))
    .sort(byPlace);
}
