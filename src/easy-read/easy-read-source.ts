import { EASY_READ_FIELDS, easyReadSchema, type EasyReadFrontmatter } from './easy-read-schema.ts';
import type { PolicyStatus } from '#src/policy/policy-schema.ts';
import type { Problem } from '#src/policy/problem.ts';
import { readFrontmatter } from '#src/policy/frontmatter.ts';
import { frontmatterProblems } from '#src/policy/frontmatter-problems.ts';
import { parsePolicyText } from '#src/policy/parse-policy-text.ts';
import { policyOutline, type PolicyOutline } from '#src/cross-references/policy-outline.ts';
import { lintTree, type RuleSetting } from './lint.ts';
import type { PictureCatalogue } from './pictures.ts';
import { EASY_READ_PRESET } from './rules/index.ts';
import { isPoint, POINT, stringAttribute, type MarkdownNode } from './text.ts';
import { contentProblems } from '#src/policy/content-rules/index.ts';
import type { ContentAllowance } from '#src/policy/content-rules/content-rule.ts';

/** An easy read writes each idea as a Point with its picture, and uses no other component. */
export const EASY_READ_CONTENT: ContentAllowance = {
  kind: 'an easy read',
  components: { [POINT]: ['picture', 'alt'] },
  componentHint: `Write each idea as <${POINT} picture="…" alt="…">…</${POINT}>`,
};

export interface CheckedEasyRead {
  /** The frontmatter, when it is valid. */
  data: EasyReadFrontmatter | undefined;
  messages: Problem[];
  /** The picture names its points use, each once, in the order they first appear. */
  pictures: string[];
  /** Its headings and links, so links to policies can be checked like a policy's own. */
  outline: PolicyOutline | undefined;
}

export interface EasyReadSourceOptions {
  pictures: PictureCatalogue;
  /** The policy in the same folder; undefined when there is none or it could not be read. */
  policy: { version: string; status: PolicyStatus; title: string } | undefined;
  rules?: readonly RuleSetting[];
}

export interface EasyReadFrontmatterResult {
  /** The frontmatter, when it is valid. */
  data: EasyReadFrontmatter | undefined;
  /** The line basedOnVersion is written on, for the rule that compares it with the policy. */
  basedOnLine: number | undefined;
  /** One per field that is wrong, at its line. */
  problems: Problem[];
}

/** An easy read's frontmatter, checked against its schema (easy-read-schema.ts). */
export function readEasyReadFrontmatter(file: string, source: string): EasyReadFrontmatterResult {
  const read = readFrontmatter(source);
  if (!read.ok) return { data: undefined, basedOnLine: undefined, problems: [{ file, line: read.line, message: read.message }] };
  const parsed = easyReadSchema.safeParse(read.frontmatter.data);
  return {
    data: parsed.success ? parsed.data : undefined,
    basedOnLine: read.frontmatter.lineOf(['basedOnVersion']),
    problems: parsed.success ? [] : frontmatterProblems(file, parsed.error.issues, read.frontmatter.lineOf, EASY_READ_FIELDS),
  };
}

/** Checks one easy-read file: its frontmatter against the schema, then its text against every rule. */
export function checkEasyReadSource(file: string, source: string, options: EasyReadSourceOptions): CheckedEasyRead {
  const { data, basedOnLine, problems } = readEasyReadFrontmatter(file, source);
  const messages: Problem[] = problems.map((problem) => ({ ...problem, severity: 'error' }));
  const text = parsePolicyText(source);
  if (!text.ok) {
    messages.push({ file, line: text.line, column: text.column, severity: 'error', message: text.message });
    return { data, messages, pictures: [], outline: undefined };
  }
  const tree = text.tree as unknown as MarkdownNode;
  messages.push(...contentProblems(file, text.tree, EASY_READ_CONTENT));
  messages.push(...lintTree(tree, source, file, {
    pictures: options.pictures,
    ...(data && basedOnLine !== undefined ? { basedOnVersion: { version: data.basedOnVersion, line: basedOnLine } } : {}),
    ...(options.policy ? { policy: options.policy } : {}),
  }, options.rules ?? EASY_READ_PRESET));
  return { data, messages, pictures: picturesIn(tree), outline: policyOutline(text.tree) };
}

export function picturesIn(tree: MarkdownNode): string[] {
  const names = new Set<string>();
  const visit = (node: MarkdownNode) => {
    const picture = isPoint(node) ? stringAttribute(node, 'picture')?.trim() : undefined;
    if (picture) names.add(picture);
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return [...names];
}
