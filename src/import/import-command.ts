/**
 * npm run import -- <file.docx | folder> [--id <id>] [--owner "<role>"] [--category <category>]
 *   [--audience "<who>, <who>"] [--review-cycle <months>] [--force]
 * Writes policies/<id>/index.mdx (and its pictures) from each Word document, and says what it did.
 */
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CODEOWNERS_COMMAND, CODEOWNERS_FILE, updateCodeowners } from '#src/governance/codeowners.ts';
import { policyIdProblem } from '#src/governance/new-policy.ts';
import { OWNER_TEAMS_FILE } from '#src/governance/owner-teams.ts';
import { formatProblem, sortProblems } from '#src/policy/problem.ts';
import { policySchema } from '#src/policy/policy-schema.ts';
import { suggestedPolicyId } from '#src/policy/policy-id.ts';
import type { PolicyDate } from '#src/policy/policy-date.ts';
import { buildDate } from '#src/site/build-date.ts';
import { readSiteConfig, type SiteConfig } from '#src/site/site-config.ts';
import { importWordDocument } from './import-policy.ts';
import { importSummary, reportText, type ImportOutcome } from './import-report.ts';
import { openWordPackage } from './word/word-package.ts';
import { writtenPdfProblems } from './pdf-check.ts';
import { readArguments } from '#src/site/command-arguments.ts';

const USAGE = 'Write it like this: npm run import -- "Social Media Policy.docx" --owner "Director of People", or give a folder to import every .docx in it';

interface Options {
  id?: string;
  owner?: string;
  category?: string;
  audience?: string[];
  reviewCycleMonths?: number;
  force: boolean;
}

function readOptions(argv: string[]): { target: string; options: Options } | { problem: string } {
  let parsed;
  try {
    parsed = readArguments({
      args: argv,
      allowPositionals: true,
      options: {
        id: { type: 'string' }, owner: { type: 'string' }, category: { type: 'string' }, audience: { type: 'string' },
        'review-cycle': { type: 'string' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' },
      },
    }, USAGE);
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) return { problem: `Imports Word documents as policies. ${USAGE}` };
  if (positionals.length > 1) return { problem: `give one file or folder (got ${positionals.length}: put a name with spaces in quotes). ${USAGE}` };
  const cycle = values['review-cycle'];
  if (cycle !== undefined && !/^\d+$/.test(cycle)) return { problem: `--review-cycle: "${cycle}" is not a number of months. Write it like --review-cycle 36` };
  // The build's own rule for reviewCycleMonths, so the import never writes a cycle the build refuses.
  const cycleChecked = cycle === undefined ? undefined : policySchema.shape.reviewCycleMonths.safeParse(cycle);
  if (cycleChecked && !cycleChecked.success) {
    return { problem: `--review-cycle: ${cycleChecked.error.issues[0]!.message.replace(/\.$/, '').replace('reviewCycleMonths: ', '--review-cycle ')}` };
  }
  if (values.id !== undefined) {
    const problem = policyIdProblem(values.id);
    if (problem) return { problem: `--id: ${problem}` };
  }
  return {
    target: positionals[0]!,
    options: {
      ...(values.id ? { id: values.id } : {}),
      ...(values.owner?.trim() ? { owner: values.owner.trim() } : {}),
      ...(values.category?.trim() ? { category: values.category.trim() } : {}),
      ...(values.audience ? { audience: values.audience.split(',').map((who) => who.trim()).filter(Boolean) } : {}),
      ...(cycle ? { reviewCycleMonths: Number(cycle) } : {}),
      force: values.force ?? false,
    },
  };
}

/**
 * Every file in the folder, each to be imported or to get a line saying why not (an old .doc, a PDF),
 * so none is passed over in silence. Word's lock files (~$…) and hidden files (.DS_Store) are not
 * anyone's documents, so they are left out.
 */
async function folderFiles(folder: string): Promise<string[]> {
  const names = (await readdir(folder)).filter((name) => !name.startsWith('~$') && !name.startsWith('.'));
  return names.sort().map((name) => path.join(folder, name));
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}

async function importOne(file: string, options: Options, site: SiteConfig, root: string): Promise<ImportOutcome> {
  const { policiesDir } = site;
  const shown = (target: string) => {
    const relative = path.relative(root, target);
    return relative.startsWith('..') ? target : relative.split(path.sep).join('/');
  };
  const document = path.basename(file);
  const opened = await openWordPackage(file);
  if (!opened.ok) return { document, problem: opened.message };
  const fallbackTitle = path.basename(file, path.extname(file));
  const today = buildDate(process.env) as PolicyDate;
  const imported = await importWordDocument(opened.bytes, opened.zip, fallbackTitle, { ...options, today }, document);
  if ('empty' in imported) return { document, problem: 'holds no text. Check it is the right file, and that its words are not all in a text box or a picture' };
  const id = options.id ?? suggestedPolicyId(imported.title.replace(/^the /i, '')) ?? suggestedPolicyId(fallbackTitle);
  if (!id) return { document, problem: `its title "${imported.title}" gives no folder name. Import it again with --id, like --id social-media` };
  const folder = path.join(policiesDir, id);
  const policyFile = path.join(folder, 'index.mdx');
  if (!options.force && (await exists(policyFile))) {
    return { document, problem: `${shown(policyFile)} already exists. Import again with --force to replace it, or give another --id` };
  }
  await mkdir(folder, { recursive: true });
  await writeFile(policyFile, imported.source);
  for (const picture of imported.pictures) await writeFile(path.join(folder, picture.file), await picture.read());
  const buildProblems = writtenPdfProblems({ id, displayPath: shown(policyFile), source: imported.source }, site, today);
  return { document, file: shown(policyFile), id, status: imported.status, report: imported.report, buildProblems: sortProblems(buildProblems).map(formatProblem) };
}

/** The new policies' owners review their changes, so CODEOWNERS is remade as npm run codeowners would. */
async function reportCodeowners(root: string, policiesDir: string): Promise<void> {
  const codeowners = await updateCodeowners(root, policiesDir);
  if (codeowners.ok) {
    if (codeowners.changed) console.log(`Remade ${CODEOWNERS_FILE}: each new policy's owner role reviews its changes.`);
    return;
  }
  console.log(`${CODEOWNERS_FILE} is not up to date yet. Fix ${codeowners.problems.length === 1 ? 'this' : 'these'} (a new owner role needs its team in ${OWNER_TEAMS_FILE}), then run ${CODEOWNERS_COMMAND}:`);
  for (const problem of sortProblems(codeowners.problems)) console.log(`  ${formatProblem(problem)}`);
}

async function main(): Promise<number> {
  const read = readOptions(process.argv.slice(2));
  if ('problem' in read) {
    console.log(read.problem.startsWith('Imports') ? read.problem : `Nothing was imported: ${read.problem}.`);
    return 1;
  }
  const root = path.resolve(import.meta.dirname, '../..');
  const site = readSiteConfig(process.env, root);
  const { policiesDir } = site;
  // npm run starts the command in the project's folder; INIT_CWD is the folder the person ran npm from.
  const target = path.resolve(process.env['INIT_CWD'] || process.cwd(), read.target);
  const isFolder = (await stat(target).catch(() => undefined))?.isDirectory() ?? false;
  const files = isFolder ? await folderFiles(target) : [target];
  if (isFolder && read.options.id) {
    console.log('Nothing was imported: --id names one policy, so it cannot be given with a folder. Import the document alone to choose its id.');
    return 1;
  }
  if (files.length === 0) {
    console.log(`Nothing was imported: ${read.target} (${target}) holds no .docx files.`);
    return 1;
  }
  const outcomes: ImportOutcome[] = [];
  for (const file of files) {
    const outcome = await importOne(file, read.options, site, root);
    outcomes.push(outcome);
    console.log(reportText(outcome));
  }
  if (isFolder) console.log(importSummary(outcomes));
  if (outcomes.some((outcome) => 'file' in outcome)) await reportCodeowners(root, policiesDir);
  return outcomes.some((outcome) => 'problem' in outcome) ? 1 : 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
