import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { PolicyEntryData } from './policy-files.ts';
import { formatProblem, ProblemsError } from '#src/policy/problem.ts';
import { historyWarning } from '#src/versions/history-warning.ts';
import { loadPolicyLibrary } from './policy-library.ts';
import { futureApprovalProblems } from '#src/governance/future-approvals.ts';
import { buildDate } from '#src/site/build-date.ts';

/**
 * Loads `policies/<id>/index.mdx`. Every file is checked with the policy schema before Astro
 * sees it, and all problems are reported together in plain words. The checked data (not Astro's
 * own YAML reading, which would turn `version: 1.0` into the number 1) is what pages receive,
 * with the outline of each text (sections and links) and the versions held in git. An approval dated
 * after the day of the build is refused too.
 */
export function policiesLoader(policiesDir: string): Loader {
  const files = glob({ pattern: '*/index.mdx', base: policiesDir, generateId: ({ entry }) => entry.split('/')[0]!, retainBody: false });
  return {
    name: 'policies-loader',
    async load(context) {
      const { policies, problems: libraryProblems, warnings, history } = await loadPolicyLibrary(policiesDir, fileURLToPath(context.config.root));
      // The library is read the same whatever the day; whether an approval is still to come depends on the build's.
      const today = buildDate(process.env);
      const problems = [...libraryProblems, ...policies.flatMap((policy) => futureApprovalProblems(policy.displayPath, policy.data, today))];
      if (problems.length > 0) throw new ProblemsError(problems);
      for (const warning of warnings) context.logger.warn(formatProblem(warning));
      const warning = historyWarning(history);
      if (warning) context.logger.warn(warning);
      const checked = new Map(policies.map((policy): [string, PolicyEntryData] => [
        policy.filePath,
        { ...policy.data, outline: policy.outline, versions: policy.versions.map(({ source: _source, ...version }) => version) },
      ]));
      const parseData: typeof context.parseData = (entry) =>
        context.parseData({ ...entry, data: (checked.get(entry.filePath ?? '') ?? entry.data) as typeof entry.data });
      // An entry's data depends on more than its own file (other policies' sections, git history), so
      // Astro's cache, which skips entries whose file is unchanged, would keep stale data. Rendering is
      // cached separately, by Vite, so starting the store afresh costs little.
      context.store.clear();
      await files.load({ ...context, parseData });
    },
  };
}
