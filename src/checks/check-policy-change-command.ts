/**
 * npm run check:policy-change -- --base <git ref>
 * What the pull-request workflow runs. A change to policy files only (and the Trust's search terms)
 * gets the checks such a change can break, in about two minutes: the policy and easy-read lints, the
 * version guard, the build (which makes the PDFs and stops on any problem in them), the link check,
 * axe and the Nu Html Checker on the pages the change touches, and the search judgement list while the
 * site still publishes the sample policies it asks about. Any other change gets every test (npm test).
 */
import { spawn } from 'node:child_process';
import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ACCESSIBILITY_REPORT_FILE, accessibilityReportText, AXE_TAGS } from '#src/accessibility/accessibility-report.ts';
import { axePages } from '#src/accessibility/axe-pages.ts';
import { buildDate } from '#src/site/build-date.ts';
import { launchBrowser } from '#src/accessibility/chromium.ts';
import { nuHtmlCheck } from '#src/accessibility/nu-html-checker.ts';
import { readSiteConfig } from '#src/site/site-config.ts';
import { repositoryPath } from '#src/policy/policy-folders.ts';
import { git as gitIn } from '#src/versions/git.ts';
import { serveStatic } from '#src/site/static-server.ts';
import { planSampleRemoval } from '#src/governance/sample-policies.ts';
import { changePlan } from './policy-change-plan.ts';
import { pagesTouchedBy } from './touched-pages.ts';
import { readArguments } from '#src/site/command-arguments.ts';

/** The search judgement list: staff's questions with the sections that answer them (tests/search/). */
const SEARCH_JUDGEMENTS_TEST = 'tests/search/judgements.browser.test.ts';

const root = path.resolve(import.meta.dirname, '../..');
const git = (args: string[]) => gitIn(root, args);

function runStep(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const timings: string[] = [];
async function step(name: string, work: () => Promise<boolean>): Promise<void> {
  console.log(`\n== ${name}`);
  const started = performance.now();
  const ok = await work();
  timings.push(`${ok ? 'passed' : 'FAILED'}  ${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s  ${name}`);
  if (!ok) finish(1);
}

function finish(code: number): never {
  console.log(`\n${timings.join('\n')}`);
  process.exit(code);
}

const npm = (script: string, ...args: string[]) => async () => (await runStep('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])])) === 0;

const USAGE = 'Usage: npm run check:policy-change -- --base <git ref, e.g. origin/main> [--dry-run] [--accessibility-report <file>]';

async function main(): Promise<void> {
  const { values } = readArguments({ options: { base: { type: 'string' }, 'dry-run': { type: 'boolean' }, 'accessibility-report': { type: 'string' }, help: { type: 'boolean', short: 'h' } } }, USAGE);
  if (values.help || !values.base) {
    console.log(`${USAGE}\nRuns the checks a change needs: quick ones for policy files only, every test otherwise. --dry-run says which, and runs nothing.\n--accessibility-report writes what axe found, for npm run pr-summary.`);
    process.exit(values.help ? 0 : 2);
  }
  const base = (await git(['merge-base', 'HEAD', values.base]).catch(() => { throw new Error(`"${values.base}" is not a branch or commit here. In a shallow clone, fetch it first (git fetch --unshallow).`); })).trim();
  // Committed and uncommitted changes since the branch left the base, and new files not yet added.
  const changed = [...(await git(['diff', '--name-only', base])).split('\n'), ...(await git(['ls-files', '--others', '--exclude-standard'])).split('\n')].filter(Boolean);
  const { policiesDir, base: sitePath } = readSiteConfig(process.env, root);
  const plan = changePlan(changed, repositoryPath(policiesDir, root));
  if (plan.kind === 'full') {
    console.log(`Not only policy files changed (${plan.because.slice(0, 5).join(', ')}${plan.because.length > 5 ? ', …' : ''}), so every test runs.`);
    if (values['dry-run']) finish(0);
    await step('every test (npm test)', npm('test'));
    if (values['accessibility-report']) await copyFile(path.join(root, ACCESSIBILITY_REPORT_FILE), path.resolve(values['accessibility-report']));
    finish(0);
  }
  console.log(`Only policy files changed${plan.policies.length ? ` (${plan.policies.join(', ')})` : ''}${plan.searchTerms ? ' and the search terms' : ''}: the quick checks run.`);
  if (values['dry-run']) finish(0);
  await step('policy lint', npm('lint:policies'));
  await step('easy-read lint', npm('lint:easy-read'));
  await step('versions', npm('check:versions', '--base', base));
  await step('build, with every PDF', npm('build'));
  await step('links and anchors', npm('check:links'));
  const distDir = path.join(root, 'dist');
  const pages = await pagesTouchedBy(distDir, sitePath, plan.policies);
  await step(`the Nu Html Checker on ${pages.length} pages`, async () => {
    const messages = await nuHtmlCheck(pages.map((page) => path.join(distDir, page)));
    for (const message of messages) console.log(`${path.relative(distDir, new URL(message.url).pathname)}:${message.lastLine ?? ''}: ${message.type}: ${message.message}`);
    return messages.length === 0;
  });
  await step(`axe on ${pages.length} pages`, async () => {
    const server = await serveStatic(distDir, sitePath);
    const browser = await launchBrowser();
    try {
      const { failures, violations, axeCoreVersion } = await axePages(browser, server.url, pages);
      for (const failure of failures) console.log(failure);
      const report = { checkedOn: buildDate({}), pagesChecked: pages.length, axeCoreVersion, tags: [...AXE_TAGS], violations };
      if (values['accessibility-report']) await writeFile(path.resolve(values['accessibility-report']), accessibilityReportText(report));
      return failures.length === 0;
    } finally {
      await browser.close();
      await server.close();
    }
  });
  // The judgement list asks the sample policies' questions: once a Trust has moved the samples out of
  // its site, a change to its own policies or terms cannot change the answers.
  if ((await planSampleRemoval(root, policiesDir)).samples.length > 0) {
    await step('search judgement list', async () => (await runStep(process.execPath, ['--test', '--test-reporter=spec', SEARCH_JUDGEMENTS_TEST])) === 0);
  } else {
    console.log('\n== search judgement list: not run, as its questions are about the sample policies, which this site no longer publishes');
  }
  finish(0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
