import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readFrontmatter } from '#src/policy/frontmatter.ts';
import { contentProblems } from '#src/policy/content-rules/index.ts';
import { isError } from '#src/policy/problem.ts';
import { parsePolicyText } from '#src/policy/parse-policy-text.ts';
import { loadPolicyLibrary } from '#src/library/policy-library.ts';

export interface ArchivedVersionData {
  policyId: string;
  version: string;
  status: string;
  title: string;
  commit: string;
  committedAt: string;
}

/**
 * Earlier versions of every policy, as they stood in git, rendered through the same MDX pipeline
 * as the current text (so section ids match and a citation can name version and section). Their
 * text is written to a generated folder and loaded from there like any other MDX file.
 */
export function policyVersionsLoader(policiesDir: string): Loader {
  return {
    name: 'policy-versions-loader',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const archiveDir = path.join(root, '.astro', 'policy-versions');
      const { policies } = await loadPolicyLibrary(policiesDir, root);
      await rm(archiveDir, { recursive: true, force: true });
      await mkdir(archiveDir, { recursive: true });
      const data = new Map<string, ArchivedVersionData>();
      for (const policy of policies) {
        for (const version of policy.versions) {
          if (version.current || !version.commit || !version.committedAt) continue;
          const read = readFrontmatter(version.source);
          const text = parsePolicyText(version.source);
          if (!read.ok || !text.ok) {
            context.logger.warn(`${policy.displayPath}: version ${version.version} (commit ${version.commit.slice(0, 7)}) cannot be read any more, so it is listed but not shown.`);
            continue;
          }
          // An old version is compiled like a policy, so it must not hold code either, whatever git holds.
          if (contentProblems(policy.displayPath, text.tree).some(isError)) {
            context.logger.warn(`${policy.displayPath}: version ${version.version} (commit ${version.commit.slice(0, 7)}) holds code or links that policy files may not have, so it is listed but not shown.`);
            continue;
          }
          const file = path.join(archiveDir, policy.id, `${version.version}.mdx`);
          await mkdir(path.dirname(file), { recursive: true });
          // The old frontmatter is kept only as the record it is; the page takes its facts from `data`.
          await writeFile(file, version.source);
          data.set(file, { policyId: policy.id, version: version.version, status: version.status, title: version.title, commit: version.commit, committedAt: version.committedAt });
        }
      }
      if (data.size === 0) {
        context.store.clear();
        return;
      }
      const files = glob({ pattern: '*/*.mdx', base: archiveDir, generateId: ({ entry }) => entry.replace(/\.mdx$/, ''), retainBody: false });
      const parseData: typeof context.parseData = (entry) =>
        context.parseData({ ...entry, data: (data.get(entry.filePath ?? '') ?? entry.data) as typeof entry.data });
      // An entry's data depends on more than its own file (other policies' sections, git history), so
      // Astro's cache, which skips entries whose file is unchanged, would keep stale data. Rendering is
      // cached separately, by Vite, so starting the store afresh costs little.
      context.store.clear();
      await files.load({ ...context, parseData });
    },
  };
}
