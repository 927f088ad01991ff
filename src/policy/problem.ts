export type Severity = 'error' | 'warning';

/**
 * One thing to fix in a file, in the words its owner will read: a mistyped detail, a broken link,
 * an easy-read rule, a PDF that cannot be made. Every check reports in this shape, and every
 * command prints it with `formatProblem`, so owners learn one way of reading them.
 */
export interface Problem {
  /** The file, relative to the repository, e.g. policies/social-media/index.mdx */
  file: string;
  /** The frontmatter field, e.g. nextReview, or "history, entry 2, date". */
  field?: string;
  line?: number;
  column?: number;
  /** An error stops the build; a warning is printed and lets it pass. Shown only when a check says which. */
  severity?: Severity;
  /** What is wrong and what right looks like, without a closing full stop. */
  message: string;
  /** The rule that explains it, e.g. sentence-length, and where it is explained. */
  ruleId?: string;
  url?: string;
}

/**
 * One line per problem, in the form editors and terminals link to:
 * `policies/social-media/index.mdx:14: nextReview: "next July" is not a date. Write it like 2024-07-31 or 2024-07.`
 * `policies/social-media/easy-read.mdx:12:1: error: This sentence has 19 words. … [sentence-length: CONTRIBUTING.md#easy-read-sentence-length]`
 */
export function formatProblem(problem: Problem): string {
  const line = problem.line === undefined ? '' : `:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`;
  const severity = problem.severity ? `${problem.severity}: ` : '';
  const field = problem.field ? `${problem.field}: ` : '';
  const stop = /[.?!]$/.test(problem.message) ? '' : '.';
  const rule = problem.ruleId ? ` [${problem.ruleId}${problem.url ? `: ${problem.url}` : ''}]` : '';
  return `${problem.file}${line}: ${severity}${field}${problem.message}${stop}${rule}`;
}

export function isError(problem: Problem): boolean {
  return problem.severity !== 'warning';
}

export function byPlace(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(byPlace);
}

/** "1 error, 2 warnings" */
export function countProblems(problems: readonly Problem[]): string {
  const errors = problems.filter(isError).length;
  const warnings = problems.length - errors;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${count(errors, 'error')}, ${count(warnings, 'warning')}`;
}

/**
 * Thrown when files have problems that stop the build; its message is the full list, one line per
 * problem, e.g. `Found 2 problems in the policy files. Fix them and build again:`.
 */
export class ProblemsError extends Error {
  readonly problems: readonly Problem[];
  /** `files` names what was checked ("the policy files"); `hint` may say how to check without building. */
  constructor(problems: readonly Problem[], files = 'the policy files', hint = '') {
    const sorted = sortProblems(problems);
    const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
    super(`Found ${count} in ${files}. Fix ${sorted.length === 1 ? 'it' : 'them'} and build again${hint ? ` (${hint})` : ''}:\n${sorted.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
    this.name = 'ProblemsError';
    this.problems = sorted;
    // The message is the whole answer; a stack trace would only bury it for a policy owner.
    this.stack = '';
  }
}
