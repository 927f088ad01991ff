import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { REPOSITORY_ROOT } from '../helpers/fixture-site.ts';

interface Step { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string }
interface Job { steps?: Step[]; permissions?: Record<string, string>; needs?: string | string[] }
interface Workflow { on: unknown; permissions?: Record<string, string>; concurrency?: { group?: string; 'cancel-in-progress'?: boolean }; jobs: Record<string, Job> }

const folder = path.join(REPOSITORY_ROOT, '.github/workflows');
const workflows = new Map<string, { text: string; workflow: Workflow }>();
for (const file of (await readdir(folder)).filter((name) => name.endsWith('.yml')).sort()) {
  const text = await readFile(path.join(folder, file), 'utf8');
  workflows.set(file, { text, workflow: parse(text) as Workflow });
}
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);

test('every action in every workflow is pinned to a full commit, with its tag in a comment', () => {
  const problems: string[] = [];
  for (const [file, { text, workflow }] of workflows) {
    for (const step of steps(workflow)) {
      if (step.uses === undefined) continue;
      if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(step.uses)) problems.push(`${file}: ${step.uses} is not pinned to a 40-character commit`);
      else if (!new RegExp(`${step.uses.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} # v\\d+(\\.\\d+)*`).test(text)) problems.push(`${file}: ${step.uses} has no "# vX.Y.Z" comment naming its tag`);
    }
  }
  assert.deepEqual(problems, []);
});

test('deploy.yml publishes main to GitHub Pages from the full history, one publish at a time, under the repository name', () => {
  const deploy = workflows.get('deploy.yml')?.workflow;
  assert.ok(deploy, 'there is a .github/workflows/deploy.yml');
  assert.deepEqual((deploy.on as { push: { branches: string[] } }).push.branches, ['main']);
  assert.equal(deploy.concurrency?.group, 'pages');
  assert.equal(deploy.concurrency?.['cancel-in-progress'], false);
  const checkout = steps(deploy).find((step) => step.uses?.startsWith('actions/checkout@'));
  assert.equal(checkout?.with?.['fetch-depth'], 0);
  const build = steps(deploy).find((step) => step.run === 'npm run build');
  assert.equal(build?.env?.['POLICY_SITE_BASE'], '/${{ github.event.repository.name }}/');
  assert.ok(steps(deploy).some((step) => step.uses?.startsWith('actions/cache@') && step.with?.['path'] === 'node_modules/.astro/policy-pdfs'), 'the PDF cache is kept');
  assert.ok(steps(deploy).some((step) => step.uses?.startsWith('actions/upload-pages-artifact@') && step.with?.['path'] === 'dist'));
  const publish = Object.values(deploy.jobs).find((job) => job.steps?.some((step) => step.uses?.startsWith('actions/deploy-pages@')));
  assert.deepEqual(publish?.permissions, { pages: 'write', 'id-token': 'write' });
  assert.deepEqual(deploy.permissions, { contents: 'read' }, 'only the publishing job may write');
});

test('every pull request gets the built site as a preview and the policy summary in its run', () => {
  const ci = workflows.get('ci.yml')?.workflow;
  assert.ok(ci);
  const all = steps(ci);
  const summary = all.find((step) => step.run?.includes('npm run --silent pr-summary'));
  assert.ok(summary, 'pr-summary runs');
  assert.match(summary.run!, /--base "origin\/\$\{\{ github\.base_ref \}\}" --dist dist --accessibility \.astro\/pull-request-accessibility\.json >> "\$GITHUB_STEP_SUMMARY"/);
  assert.match(summary.run!, /Preview the site/);
  const preview = all.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
  assert.equal(preview?.with?.['path'], 'dist');
  assert.equal(preview?.if, "github.event_name == 'pull_request'");
  const order = (predicate: (step: Step) => boolean) => all.findIndex(predicate);
  assert.ok(order((step) => step.run === 'npm run build') < order((step) => step === summary), 'the summary reads the build');
  const check = (step: Step) => step.run?.startsWith('npm run check:policy-change -- --base "origin/${{ github.base_ref }}" --accessibility-report .astro/pull-request-accessibility.json') === true;
  assert.ok(order(check) >= 0 && order(check) < order((step) => step === summary), 'the summary reads the accessibility results the check wrote');
  assert.equal(all.find(check)?.if, "github.event_name == 'pull_request'", 'a pull request takes the quick path when it can');
  assert.equal(all.find((step) => step.run === 'npm test')?.if, "github.event_name != 'pull_request'", 'every push to main runs every test');
});
