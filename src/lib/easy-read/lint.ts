import { unified } from 'unified';
import type { Node } from 'unist';
import { VFile } from 'vfile';
import { severityOf, type EasyReadContext, type EasyReadRule, type RuleOptions, type Severity } from './rule.ts';
import { EASY_READ_PRESET } from './rules/index.ts';
import type { MarkdownNode } from './text.ts';

/** One thing to fix in an easy read, where it is, and the rule that explains why. */
export interface LintMessage {
  /** policies/social-media/easy-read.mdx */
  file: string;
  line?: number;
  column?: number;
  severity: Severity;
  /** What is wrong and what to do, without a closing full stop. */
  message: string;
  ruleId?: string;
  /** The rule's section of CONTRIBUTING.md. */
  url?: string;
}

export type RuleSetting = EasyReadRule | { rule: EasyReadRule; options: RuleOptions };

/** Runs the rules over an easy read's syntax tree, the way remark-lint runs its rules: as unified plugins. */
export function lintTree(
  tree: MarkdownNode,
  source: string,
  file: string,
  context: EasyReadContext,
  rules: readonly RuleSetting[] = EASY_READ_PRESET,
): LintMessage[] {
  const vfile = new VFile({ value: source, path: file, data: { easyRead: context } });
  const processor = unified();
  for (const setting of rules) {
    const { rule, options } = 'rule' in setting ? setting : { rule: setting, options: undefined };
    processor.use(rule.plugin, [severityOf(rule, context) === 'error' ? 'error' : 'warn', options]);
  }
  processor.runSync(tree as Node, vfile);
  return vfile.messages
    .map((message): LintMessage => ({
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

export function byPlace(a: LintMessage, b: LintMessage): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/**
 * One line per problem, in the form editors and terminals link to:
 * `policies/social-media/easy-read.mdx:12:1: error: This sentence has 19 words. … [sentence-length: CONTRIBUTING.md#easy-read-sentence-length]`
 */
export function formatLintMessage(message: LintMessage): string {
  const where = message.line === undefined ? message.file : `${message.file}:${message.line}:${message.column ?? 1}`;
  const stop = /[.?!]$/.test(message.message) ? '' : '.';
  const rule = message.ruleId ? ` [${message.ruleId}${message.url ? `: ${message.url}` : ''}]` : '';
  return `${where}: ${message.severity}: ${message.message}${stop}${rule}`;
}

export function summariseLint(messages: readonly LintMessage[]): string {
  const errors = messages.filter((message) => message.severity === 'error').length;
  const warnings = messages.length - errors;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${count(errors, 'error')}, ${count(warnings, 'warning')}`;
}

/** Thrown by the build when an easy read has errors; its message is the full list, one line each. */
export class EasyReadProblemsError extends Error {
  readonly messages: readonly LintMessage[];
  constructor(messages: readonly LintMessage[]) {
    const sorted = [...messages].sort(byPlace);
    super(`Found ${sorted.length} ${sorted.length === 1 ? 'error' : 'errors'} in the easy-read files. Fix ${sorted.length === 1 ? 'it' : 'them'} and build again (npm run lint:easy-read checks them without building):\n${sorted.map((message) => `  ${formatLintMessage(message)}`).join('\n')}`);
    this.name = 'EasyReadProblemsError';
    this.messages = sorted;
    // The message is the whole answer; a stack trace would only bury it for a policy owner.
    this.stack = '';
  }
}
