/**
 * npm run bench -- [--policies 500] [--runs 1] [--seed 1] [--words 2500] [--baseline starlight] [--json file]
 * Builds a generated library with every output three times: cold (no caches), warm (again, nothing
 * changed: the PDF and page caches at work) and after editing one policy; and (with --baseline
 * starlight) the same text as a plain Starlight site in the same run. Prints a table with each
 * build's ratio to Starlight, and JSON; with several runs, medians.
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { writeCorpus } from './corpus.ts';
import { median, outputSizes, timedRun, type OutputSizes } from './measure.ts';
import { BUILD_SCRIPT, copyProject, REPOSITORY_ROOT } from './site-copy.ts';

const run = promisify(execFile);
const STARLIGHT = path.join(REPOSITORY_ROOT, 'bench', 'starlight');

interface BuildFigures {
  seconds: number;
  peakMemoryMb: number;
  phases: Record<string, number>;
  sizes: OutputSizes;
}

interface RunFigures { cold: BuildFigures; warm: BuildFigures; oneEdit: BuildFigures; starlight?: { seconds: number; peakMemoryMb: number; sizes: OutputSizes } }

const BUILDS = [['cold', 'cold build'], ['warm', 'warm, no change'], ['oneEdit', 'after one edit']] as const;

const log = (message: string) => process.stderr.write(`${message}\n`);

async function buildOnce(root: string, label: string): Promise<BuildFigures> {
  log(`  building (${label})…`);
  const result = await timedRun(process.execPath, [BUILD_SCRIPT], root, { POLICY_SITE_TODAY: '2026-11-25' });
  if (result.code !== 0) throw new Error(`The ${label} build failed:\n${result.output.slice(-4000)}`);
  const report = JSON.parse(await readFile(path.join(root, '.astro/build-report.json'), 'utf8')) as { phases: Record<string, number> };
  // Astro logs each page it writes with its time; the version pages' share is summed from those lines.
  const versionPages = [...result.output.matchAll(/\/versions\/\S*index\.html \(\+(\d+)ms\)/g)].reduce((sum, match) => sum + Number(match[1]), 0);
  const phases = { ...report.phases, 'version pages (within HTML)': versionPages };
  log(`  ${label}: ${result.seconds.toFixed(1)} s, peak ${result.peakMemoryMb} MB`);
  return { seconds: result.seconds, peakMemoryMb: result.peakMemoryMb, phases, sizes: await outputSizes(path.join(root, 'dist'), 'policies/policy-0001/index.html') };
}

async function ensureStarlight(): Promise<void> {
  const installed = await stat(path.join(STARLIGHT, 'node_modules/@astrojs/starlight')).then(() => true, () => false);
  if (installed) return;
  log('Installing the Starlight baseline into bench/starlight (once)…');
  await run('npm', ['install', '--no-audit', '--no-fund'], { cwd: STARLIGHT, maxBuffer: 16 * 1024 * 1024 });
}

/**
 * The same current text as a Starlight docs site: title and description, links made relative.
 * It is built where it is installed (bench/starlight, its docs folder ignored by git): Starlight's
 * components do not build through linked packages.
 */
async function starlightCopy(corpusRoot: string): Promise<string> {
  const root = STARLIGHT;
  const docs = path.join(root, 'src/content/docs');
  await rm(docs, { recursive: true, force: true });
  await rm(path.join(root, 'node_modules/.astro'), { recursive: true, force: true });
  await mkdir(docs, { recursive: true });
  await writeFile(path.join(docs, '.gitkeep'), '');
  for (const id of await readdir(path.join(corpusRoot, 'policies'))) {
    const source = await readFile(path.join(corpusRoot, 'policies', id, 'index.mdx'), 'utf8');
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
    const title = /^title: (.*)$/m.exec(frontmatter)?.[1] ?? id;
    const summary = /^summary: (.*)$/m.exec(frontmatter)?.[1] ?? '';
    await writeFile(path.join(docs, `${id}.mdx`), `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(summary)}\n---\n\n${body.replace(/\(policy:([^#)]+)(#[^)]*)?\)/g, '(../$1/$2)')}`);
  }
  return root;
}

function medianFigures(list: readonly BuildFigures[]): BuildFigures {
  const phases = Object.fromEntries(Object.keys(list[0]!.phases).map((name) => [name, median(list.map((item) => item.phases[name] ?? 0))]));
  return { seconds: median(list.map((item) => item.seconds)), peakMemoryMb: median(list.map((item) => item.peakMemoryMb)), phases, sizes: list[0]!.sizes };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      policies: { type: 'string', default: '500' }, runs: { type: 'string', default: '1' }, seed: { type: 'string', default: '1' },
      words: { type: 'string', default: '2500' }, baseline: { type: 'string' }, json: { type: 'string' },
    },
  });
  const policies = Number(values.policies);
  const runs = Number(values.runs);
  if (!Number.isInteger(policies) || policies < 1 || !Number.isInteger(runs) || runs < 1) throw new Error('--policies and --runs take whole numbers, like --policies 500 --runs 3.');
  if (values.baseline !== undefined && values.baseline !== 'starlight') throw new Error(`--baseline: "${values.baseline}" is not known. The only baseline is starlight.`);
  if (values.baseline) await ensureStarlight();
  const options = { policies, seed: Number(values.seed), words: Number(values.words) };
  const results: RunFigures[] = [];
  for (let index = 1; index <= runs; index++) {
    log(`Run ${index} of ${runs}: generating ${policies} policies…`);
    const root = await copyProject('policy-bench-');
    await writeCorpus(root, options, log);
    const cold = await buildOnce(root, 'cold build');
    const warm = await buildOnce(root, 'warm build, nothing changed');
    const edited = path.join(root, 'policies/policy-0001/index.mdx');
    await writeFile(edited, (await readFile(edited, 'utf8')).replace(/\n$/, '\nOne more sentence, added to time a rebuild.\n'));
    const oneEdit = await buildOnce(root, 'build after editing one policy');
    const figures: RunFigures = { cold, warm, oneEdit };
    if (values.baseline) {
      const site = await starlightCopy(root);
      log('  building the Starlight baseline…');
      const result = await timedRun(process.execPath, [path.join(site, 'node_modules/astro/bin/astro.mjs'), 'build'], site);
      if (result.code !== 0) throw new Error(`The Starlight build failed:\n${result.output.slice(-4000)}`);
      log(`  Starlight: ${result.seconds.toFixed(1)} s, peak ${result.peakMemoryMb} MB`);
      figures.starlight = { seconds: result.seconds, peakMemoryMb: result.peakMemoryMb, sizes: await outputSizes(path.join(site, 'dist'), 'policy-0001/index.html') };
    }
    results.push(figures);
    await rm(root, { recursive: true, force: true });
  }
  const builds = { cold: medianFigures(results.map((item) => item.cold)), warm: medianFigures(results.map((item) => item.warm)), oneEdit: medianFigures(results.map((item) => item.oneEdit)) };
  const starlightRuns = results.flatMap((item) => (item.starlight ? [item.starlight] : []));
  const starlight = starlightRuns.length ? { seconds: median(starlightRuns.map((item) => item.seconds)), peakMemoryMb: median(starlightRuns.map((item) => item.peakMemoryMb)), sizes: starlightRuns[0]!.sizes } : undefined;
  const round = (value: number) => Math.round(value * 100) / 100;
  const ratios = starlight ? Object.fromEntries(BUILDS.map(([name]) => [name, round(builds[name].seconds / starlight.seconds)])) : undefined;
  const summary = {
    policies, runs, seed: options.seed, words: options.words,
    ...builds, starlight, ratios,
    rebuildShare: round(builds.oneEdit.seconds / builds.cold.seconds),
  };
  const { cold } = builds;
  const each = (cell: (figures: BuildFigures) => string) => BUILDS.map(([name]) => cell(builds[name]));
  const rows = [
    ['', ...BUILDS.map(([, label]) => label), ...(starlight ? ['Starlight'] : [])],
    ['wall time (s, median)', ...each((figures) => figures.seconds.toFixed(1)), ...(starlight ? [starlight.seconds.toFixed(1)] : [])],
    ...(ratios ? [['ratio to Starlight', ...BUILDS.map(([name]) => String(ratios[name])), '1']] : []),
    ['peak memory (MB)', ...each((figures) => String(figures.peakMemoryMb)), ...(starlight ? [String(starlight.peakMemoryMb)] : [])],
    ...Object.keys(cold.phases).map((name) => [`  ${name} (s)`, ...each((figures) => ((figures.phases[name] ?? 0) / 1000).toFixed(1)), ...(starlight ? [''] : [])]),
    ['pages', String(cold.sizes.pages), '', '', ...(starlight ? [String(starlight.sizes.pages)] : [])],
    ['HTML per page (KB)', String(cold.sizes.htmlPerPageKb), '', '', ...(starlight ? [String(starlight.sizes.htmlPerPageKb)] : [])],
    ['CSS (KB)', String(cold.sizes.cssKb), '', '', ...(starlight ? [String(starlight.sizes.cssKb)] : [])],
    ['JS on a policy page (KB)', String(cold.sizes.policyPageJsKb), '', '', ...(starlight ? [String(starlight.sizes.policyPageJsKb)] : [])],
    ['search index (KB)', String(cold.sizes.searchIndexKb), '', '', ...(starlight ? [String(starlight.sizes.searchIndexKb)] : [])],
    ['PDFs', `${cold.sizes.pdfs} (${cold.sizes.pdfTotalMb} MB)`, '', '', ...(starlight ? ['0'] : [])],
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  console.log(rows.map((row) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`).join('\n'));
  if (ratios) console.log(`\nOurs / Starlight (every output against HTML and search only): cold ${ratios['cold']}, warm ${ratios['warm']}, after one edit ${ratios['oneEdit']}.`);
  console.log(`Build after one edit / cold build: ${summary.rebuildShare}.`);
  console.log(`\n${JSON.stringify(summary, null, 2)}`);
  if (values.json) await writeFile(values.json, `${JSON.stringify(summary, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
