import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readPolicyFiles, type PolicyEntryData } from '../lib/policy-files.ts';
import { PolicyProblemsError } from '../lib/policy-problem.ts';

/**
 * Loads `policies/<id>/index.mdx`. Every file is checked with the policy schema before Astro
 * sees it, and all problems are reported together in plain words. The checked data (not Astro's
 * own YAML reading, which would turn `version: 1.0` into the number 1) is what pages receive,
 * with the outline of each text (sections and links) so pages can show what refers to what.
 */
export function policiesLoader(policiesDir: string): Loader {
  const files = glob({ pattern: '*/index.mdx', base: policiesDir, generateId: ({ entry }) => entry.split('/')[0]! });
  return {
    name: 'policies-loader',
    async load(context) {
      const { policies, problems } = await readPolicyFiles(policiesDir, fileURLToPath(context.config.root));
      if (problems.length > 0) throw new PolicyProblemsError(problems);
      const checked = new Map(policies.map((policy): [string, PolicyEntryData] => [policy.filePath, { ...policy.data, outline: policy.outline }]));
      const parseData: typeof context.parseData = (entry) =>
        context.parseData({ ...entry, data: (checked.get(entry.filePath ?? '') ?? entry.data) as typeof entry.data });
      await files.load({ ...context, parseData });
    },
  };
}
