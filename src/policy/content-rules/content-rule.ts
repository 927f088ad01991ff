import type { Problem } from '../problem.ts';

/** The nodes of a parsed policy file that the content rules look at (satteri's MDX syntax tree). */
export interface ContentNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: ContentNode[];
  position?: { start: { line: number; column: number }; end?: { line: number; column: number } };
}

/** What a kind of file may hold: the components it may use, with the attributes each takes. */
export interface ContentAllowance {
  /** e.g. "a policy", "an easy read": how messages name the file. */
  kind: string;
  /** Component name → the attributes it takes, each a plain "quoted" value. */
  components: Readonly<Record<string, readonly string[]>>;
  /** What to write instead of a component this kind does not know. */
  componentHint: string;
}

/** An example that is both the rule's documentation and its test: `messages` as `line:column: message`. */
export interface ContentRuleExample {
  name: 'ok.mdx' | 'not-ok.mdx';
  source: string;
  messages: string[];
}

export interface ContentRule {
  /** The rule's name in messages and in CONTRIBUTING.md, e.g. no-code. */
  id: string;
  summary: string;
  explanation: string;
  examples: ContentRuleExample[];
  /** Every finding in one file's tree. */
  check(tree: ContentNode, allowance: ContentAllowance): ContentFinding[];
}

export interface ContentFinding {
  node: ContentNode;
  message: string;
  severity: 'error' | 'warning';
}

/** Where a rule is explained: its own section of CONTRIBUTING.md. */
export function contentRuleUrl(id: string): string {
  return `CONTRIBUTING.md#policy-file-${id}`;
}

export function findingProblem(file: string, rule: ContentRule, finding: ContentFinding): Problem {
  const start = finding.node.position?.start;
  return {
    file,
    ...(start ? { line: start.line, column: start.column } : {}),
    severity: finding.severity,
    message: finding.message,
    ruleId: rule.id,
    url: contentRuleUrl(rule.id),
  };
}

/** Every node of a tree, depth first, in the order they are written. */
export function* nodesOf(tree: ContentNode): Generator<ContentNode> {
  yield tree;
  for (const child of tree.children ?? []) yield* nodesOf(child);
}
