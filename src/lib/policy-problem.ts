/** One thing a policy owner must fix, in the words they will read. */
export interface PolicyProblem {
  /** The file, relative to the repository, e.g. policies/social-media/index.mdx */
  file: string;
  /** The frontmatter field, e.g. nextReview, or "history, entry 2, date". */
  field?: string;
  line?: number;
  column?: number;
  /** What is wrong and what right looks like, without a closing full stop. */
  message: string;
}

/** `policies/social-media/index.mdx: nextReview: "next July" is not a date. Write it like 2024-07-31 or 2024-07. (line 14)` */
export function formatProblem(problem: PolicyProblem): string {
  const field = problem.field ? `${problem.field}: ` : '';
  const where = problem.line === undefined ? '' : ` (line ${problem.line}${problem.column === undefined ? '' : `, column ${problem.column}`})`;
  const stop = /[.?!]$/.test(problem.message) ? '' : '.';
  return `${problem.file}: ${field}${problem.message}${stop}${where}`;
}

export function sortProblems(problems: readonly PolicyProblem[]): PolicyProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** Thrown when policy files have problems; its message is the full list, one line per problem. */
export class PolicyProblemsError extends Error {
  readonly problems: readonly PolicyProblem[];
  constructor(problems: readonly PolicyProblem[]) {
    const sorted = sortProblems(problems);
    const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
    super(`Found ${count} in the policy files. Fix ${sorted.length === 1 ? 'it' : 'them'} and build again:\n${sorted.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
    this.name = 'PolicyProblemsError';
    this.problems = sorted;
    // The message is the whole answer; a stack trace would only bury it for a policy owner.
    this.stack = '';
  }
}
