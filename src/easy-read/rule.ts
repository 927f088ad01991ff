import { lintRule } from 'unified-lint-rule';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { PolicyStatus } from '#src/policy/policy-schema.ts';
import type { PictureCatalogue } from './pictures.ts';
import type { MarkdownNode } from './text.ts';

import type { Severity } from '#src/policy/problem.ts';

/** What a rule may need to know beyond the text: the pictures, and the policy the easy read explains. */
export interface EasyReadContext {
  pictures: PictureCatalogue;
  /** The version written in the easy read's frontmatter, and its line. */
  basedOnVersion?: { version: string; line: number };
  policy?: { version: string; status: PolicyStatus; title: string };
}

declare module 'vfile' {
  interface DataMap {
    easyRead: EasyReadContext;
  }
}

/**
 * An example that is both the rule's documentation and its test, as in remark-lint: `ok.mdx` gives
 * no message; `not-ok.mdx` gives exactly `messages`, each written `line:column: message`.
 */
export interface RuleExample {
  name: 'ok.mdx' | 'not-ok.mdx';
  source: string;
  messages: string[];
  /** The policy beside the easy read, for rules that compare with it. */
  policy?: { version: string; status: PolicyStatus };
  /** Settings other than the rule's defaults, to show what they change. */
  options?: RuleOptions;
}

/** A rule's settings, such as the most words in a sentence. */
export type RuleOptions = Readonly<Record<string, number>>;

export interface RuleDocs {
  /** The rule's name in messages and in CONTRIBUTING.md, e.g. sentence-length. */
  id: string;
  /** What the rule asks for, in one sentence. */
  summary: string;
  /** Why it matters to a reader with a learning disability, and what to do. */
  explanation: string;
  /** An error fails the build and `npm run lint:easy-read`; a warning is printed and lets them pass. */
  severity: Severity | ((context: EasyReadContext) => Severity);
  /** Settings and their defaults, each described for CONTRIBUTING.md. */
  options?: Readonly<Record<string, { default: number; description: string }>>;
  examples: RuleExample[];
}

export type RuleCheck = (tree: MarkdownNode, file: VFile, context: EasyReadContext, options: RuleOptions) => void;

export interface EasyReadRule extends RuleDocs {
  url: string;
  plugin: ReturnType<typeof lintRule<Node, RuleOptions | undefined>>;
}

/** Where a rule is explained: its own section of CONTRIBUTING.md. */
export function ruleUrl(id: string): string {
  return `CONTRIBUTING.md#easy-read-${id}`;
}

/** A remark-lint style rule (built with unified-lint-rule) and the documentation that tests it. */
export function easyReadRule(docs: RuleDocs, check: RuleCheck): EasyReadRule {
  const url = ruleUrl(docs.id);
  const defaults = Object.fromEntries(Object.entries(docs.options ?? {}).map(([name, option]) => [name, option.default]));
  const plugin = lintRule<Node, RuleOptions | undefined>({ origin: `easy-read:${docs.id}`, url }, (tree, file, options) => {
    const context = file.data.easyRead;
    if (!context) throw new Error(`The easy-read rule ${docs.id} was run without its context (pictures and policy).`);
    check(tree as MarkdownNode, file, context, { ...defaults, ...options });
  });
  return { ...docs, url, plugin };
}

export function severityOf(rule: RuleDocs, context: EasyReadContext): Severity {
  return typeof rule.severity === 'function' ? rule.severity(context) : rule.severity;
}
