import type { PolicyFrontmatter } from '#src/policy/policy-schema.ts';
import type { Problem } from '#src/policy/problem.ts';
import type { PolicyVersion } from './policy-versions.ts';
import { compareVersions } from './version-number.ts';

/**
 * Checks a policy's `history` against itself and, when git history is available, against the
 * versions git holds. Entries may name versions older than the repository (approved on paper before
 * the site existed), so an entry without a commit is allowed; a committed version without an entry is not.
 */
export function historyProblems(
  file: string,
  policy: PolicyFrontmatter,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  versions: readonly PolicyVersion[] | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const at = (path: readonly PropertyKey[]) => {
    const line = lineOf(path);
    return line === undefined ? {} : { line };
  };
  const entry = (index: number) => `history, entry ${index + 1}`;
  const seen = new Set<string>();
  policy.history.forEach((item, index) => {
    const previous = policy.history[index - 1];
    if (seen.has(item.version)) {
      problems.push({ file, field: entry(index), ...at(['history', index, 'version']), message: `version ${item.version} is listed twice. Keep one entry per version` });
    } else if (compareVersions(item.version, policy.version) > 0) {
      problems.push({ file, field: entry(index), ...at(['history', index, 'version']), message: `version ${item.version} is newer than the policy's version ${policy.version}. Check the version at the top of the file` });
    } else if (previous && compareVersions(item.version, previous.version) > 0) {
      problems.push({ file, field: entry(index), ...at(['history', index, 'version']), message: `version ${item.version} comes after ${previous.version}. List the versions newest first` });
    }
    seen.add(item.version);
  });
  const current = policy.history.find((item) => item.version === policy.version);
  if (!current) {
    problems.push({
      file, field: 'history', ...at(['history']),
      message: `has no entry for the current version ${policy.version}. Add one at the top, like - version: "${policy.version}" with a date and a summary of what changed`,
    });
  } else if (policy.status === 'approved' && !current.approvedBy) {
    problems.push({ file, field: `${entry(policy.history.indexOf(current))}, approvedBy`, ...at(['history', policy.history.indexOf(current)]), message: `is missing. Version ${policy.version} is approved, so say who approved it, like approvedBy: ${policy.approvedBy ?? 'Trust Board'}` });
  }
  for (const version of versions ?? []) {
    if (version.current) continue;
    const item = policy.history.find((candidate) => candidate.version === version.version);
    if (!item) {
      problems.push({
        file, field: 'history', ...at(['history']),
        message: `has no entry for version ${version.version}, which is in the repository's history. Add one with its date${version.status === 'approved' ? ', who approved it' : ''} and a summary of what changed`,
      });
    } else if (version.status === 'approved' && !item.approvedBy) {
      const index = policy.history.indexOf(item);
      problems.push({ file, field: `${entry(index)}, approvedBy`, ...at(['history', index]), message: `is missing. Version ${version.version} was approved, so say who approved it, like approvedBy: Trust Board` });
    }
  }
  return problems;
}
