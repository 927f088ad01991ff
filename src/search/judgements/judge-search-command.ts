/**
 * npm run search:judge -- [--site dist] [--quiet] [--json results.json] [list.yaml ...]
 * Types every question of the judgement lists (by default tests/search/judgements*.yaml) into the built
 * site's search page in Chromium, and prints for each list how many found a right section as the first
 * result, then the misses. Quicker than `npm test` while adding search words or terms: build, then run this.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '#src/accessibility/chromium.ts';
import { formatProblem, type Problem } from '#src/policy/problem.ts';
import { readSiteConfig } from '#src/site/site-config.ts';
import { serveStatic } from '#src/site/static-server.ts';
import { searchPageAsker } from './ask-search-page.ts';
import { describeMiss, describeScore, judgeQuestions, scoreJudgements, type JudgedQuestion } from './judge-answer.ts';
import { readJudgementList, type Judgement } from './judgement-list.ts';
import { JUDGEMENT_LISTS_DIR, judgementListFiles } from './judgement-list-files.ts';
import { policyPageOutlines } from './policy-page-outline.ts';
import { checkWantedSections } from './wanted-sections.ts';
import { readArguments } from '#src/site/command-arguments.ts';

const USAGE = 'Usage: npm run search:judge -- [--site dist] [--quiet] [--json results.json] [list.yaml ...]';
class UsageError extends Error {}

async function main(): Promise<number> {
  const { values, positionals } = readArguments({
    allowPositionals: true,
    options: { site: { type: 'string' }, quiet: { type: 'boolean' }, json: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  }, USAGE);
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const root = path.resolve(fileURLToPath(import.meta.url), '../../../..');
  const distDir = path.resolve(values.site ?? path.join(root, 'dist'));
  if (!existsSync(path.join(distDir, 'search', 'index.html'))) throw new UsageError(`${distDir} has no search page. Build the site first with npm run build, or give --site the folder it was built into.`);
  const files = positionals.length > 0 ? positionals : await judgementListFiles(root);
  if (files.length === 0) throw new UsageError(`No judgement lists were given and ${JUDGEMENT_LISTS_DIR} has none.`);

  const outlineOf = policyPageOutlines(distDir);
  const lists: { file: string; judgements: Judgement[] }[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const source = await readFile(file, 'utf8').catch(() => undefined);
    if (source === undefined) throw new UsageError(`${file}: there is no such file.`);
    const read = readJudgementList(source, file);
    problems.push(...read.problems, ...(await checkWantedSections(read.judgements, outlineOf, file)));
    lists.push({ file, judgements: read.judgements });
  }
  if (problems.length > 0) {
    console.error(`Found ${problems.length === 1 ? '1 problem' : `${problems.length} problems`} in the judgement lists. Fix ${problems.length === 1 ? 'it' : 'them'} and run npm run search:judge again:`);
    for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
    return 1;
  }

  const { base } = readSiteConfig(process.env, root);
  const server = await serveStatic(distDir, base);
  const browser = await launchBrowser();
  const results: { file: string; judged: JudgedQuestion[] }[] = [];
  try {
    const ask = searchPageAsker(await (await browser.newContext()).newPage(), server.url);
    for (const { file, judgements } of lists) {
      if (!values.quiet) console.log(`Asking the ${judgements.length} questions of ${file}…`);
      const judged = await judgeQuestions(judgements, ask, base, outlineOf);
      results.push({ file, judged });
      const score = scoreJudgements(judged);
      console.log(`${file}: ${describeScore(score)}`);
      if (!values.quiet) for (const miss of score.misses) console.log(`  miss (line ${miss.judgement.line}): ${describeMiss(miss)}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (values.json) await writeFile(values.json, `${JSON.stringify(results, null, 2)}\n`);
  return 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof UsageError ? `${error.message}\n${USAGE}` : error instanceof Error ? error.message : String(error));
  process.exit(2);
});
