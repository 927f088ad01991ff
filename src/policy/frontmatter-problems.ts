import type { z } from 'zod';
import { nearest } from './fields.ts';
import { HISTORY_FIELDS, POLICY_FIELDS } from './policy-schema.ts';
import type { Problem } from './problem.ts';

/**
 * Turns the schema's issues into one plain problem per field, pointing at the line where it is written.
 * `knownFields` are the fields a misspelt one is compared with: a policy's, or an easy read's;
 * `groups` are the fields of each group inside it (a history entry's, or the Trust's contacts).
 */
export function frontmatterProblems(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  knownFields: readonly string[] = POLICY_FIELDS,
  groups: Readonly<Record<string, readonly string[]>> = { history: HISTORY_FIELDS },
): Problem[] {
  const problems: Problem[] = [];
  const misspelt = new Set<string>();
  for (const issue of issues) {
    const line = issue.path.length === 0 ? undefined : lineOf(issue.path);
    const at = line === undefined ? {} : { line };
    if (issue.code === 'unrecognized_keys') {
      const group = typeof issue.path[0] === 'string' ? groups[issue.path[0]] : undefined;
      const inGroup = group !== undefined;
      const known = group ?? knownFields;
      for (const key of issue.keys) {
        const suggestion = nearest(key, known);
        if (suggestion && !inGroup) misspelt.add(suggestion);
        const keyLine = lineOf([...issue.path, key]);
        problems.push({
          file,
          field: inGroup ? `${fieldName(issue.path)}, ${key}` : key,
          ...(keyLine === undefined ? {} : { line: keyLine }),
          message: suggestion
            ? `is not a field we know. Did you mean ${suggestion}? Check the spelling`
            : `is not a field we know. The fields are: ${known.join(', ')}`,
        });
      }
      continue;
    }
    problems.push({ file, field: fieldName(issue.path), ...at, message: issue.message.replace(/\.$/, '') });
  }
  // "reveiwCycleMonths is not a field we know. Did you mean reviewCycleMonths?" already says it all;
  // a second line saying reviewCycleMonths is missing would only repeat it.
  return problems.filter((problem) => !(problem.field && misspelt.has(problem.field) && problem.line === undefined));
}

/** history.1.date becomes "history, entry 2, date": owners count from one. */
function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `entry ${part + 1}` : String(part)))
    .join(', ');
}
