import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_SCRIPT, copyProject } from '../../bench/site-copy.ts';
import { copySamplePolicies, copyTrustPolicies } from './sample-policies.ts';

export { linkNodeModules, REPOSITORY_ROOT } from '../../bench/site-copy.ts';

/** A fixed "today" so review status in tests never depends on the clock. */
export const TEST_TODAY = '2026-11-25';

export interface BuildResult {
  code: number;
  /** stdout and stderr together, as a person running the build would see them. */
  output: string;
  root: string;
  distDir: string;
}

export interface FixtureOptions {
  /** Policy files by path inside the fixture's policies/ folder, e.g. { 'bad/index.mdx': '...' }. */
  policies?: Record<string, string>;
  /**
   * Add the sample policies, wherever they are now (tests/helpers/sample-policies.ts), with their search
   * terms: for tests of what the site does with them (sections, links, wording, search, PDFs).
   */
  withSamplePolicies?: boolean;
  /** Add the policies the Trust publishes, whatever they are (none, too), with its search terms: for tests of every page. */
  withTrustPolicies?: boolean;
  env?: Record<string, string>;
}

/**
 * Builds a copy of the site in a temp dir: the project's code with a chosen set of policies,
 * exactly as `npm run build` would, so a test sees the real output and the real messages.
 */
export async function buildFixtureSite(options: FixtureOptions = {}): Promise<BuildResult> {
  const root = await createFixtureSite(options);
  const result = await runAstroBuild(root, { POLICY_SITE_TODAY: TEST_TODAY, ...options.env });
  return { ...result, root, distDir: path.join(root, 'dist') };
}

/** A copy of the project in a temp dir with the chosen policies, not yet built. */
export async function createFixtureSite(options: Omit<FixtureOptions, 'env'> = {}): Promise<string> {
  const root = await copyProject('policy-site-');
  const policiesDir = path.join(root, 'policies');
  // The project copy has no search terms: they name the words of particular policies, so come only with them.
  if (options.withSamplePolicies) await copySamplePolicies(root);
  if (options.withTrustPolicies) await copyTrustPolicies(root);
  for (const [file, contents] of Object.entries(options.policies ?? {})) {
    await mkdir(path.dirname(path.join(policiesDir, file)), { recursive: true });
    await writeFile(path.join(policiesDir, file), contents);
  }
  return root;
}

export function runAstroBuild(root: string, env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILD_SCRIPT], {
      cwd: root,
      env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * A valid policy file, with frontmatter fields replaced or removed (set a field to undefined to drop it).
 * Unless `history` is given, it gets one entry for its version.
 */
export function policySource(fields: Record<string, string | undefined> = {}, body = '## Scope\n\nThis policy applies to all staff.\n'): string {
  const defaults: Record<string, string> = {
    title: 'Test Policy',
    summary: 'A policy used by the tests.',
    owner: 'Director of People',
    status: 'approved',
    version: '"1.0"',
    approvedBy: 'Trust Board',
    approved: '2025-09',
    reviewCycleMonths: '36',
    nextReview: '2028-09',
    category: 'Conduct',
    audience: '[All staff]',
  };
  const merged: Record<string, string | undefined> = { ...defaults, ...fields };
  if (!('history' in fields) && merged['version']) {
    const approved = merged['status'] === 'approved' || merged['status'] === undefined;
    merged['history'] = `\n  - version: ${merged['version']}\n    date: 2025-09${approved ? '\n    approvedBy: Trust Board' : ''}\n    summary: First version.`;
  }
  const lines = Object.entries(merged)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}
