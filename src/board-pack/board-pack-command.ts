/**
 * npm run board-pack -- [--base <rev>] [--policies <id,id>] [--meeting "<name and date>"] [--large-print] --out <file.pdf>
 * One accessible PDF for a meeting: a cover listing the policies for approval, then each policy's
 * proposed text with every change marked in words as well as underlining and striking through.
 */
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPolicyFiles } from '#src/library/policy-files.ts';
import { nearest } from '#src/policy/fields.ts';
import { formatProblem, type Problem } from '#src/policy/problem.ts';
import { pdfFontFiles } from '#src/pdf/fonts.ts';
import { LARGE_PRINT_LAYOUT, STANDARD_LAYOUT } from '#src/pdf/pdf-layouts.ts';
import { createTypstCompiler, makePdf } from '#src/pdf/typst-pdf.ts';
import { buildDate } from '#src/site/build-date.ts';
import { readSiteConfig } from '#src/site/site-config.ts';
import { policyFilesAtRevision } from '#src/versions/files-at-revision.ts';
import { git } from '#src/versions/git.ts';
import { repositoryPath } from '#src/policy/policy-folders.ts';
import { CHANGE_KIND_LABELS, packPolicies, type PackCandidate } from './board-pack-plan.ts';
import { boardPackDocument, packTitle } from './board-pack-document.ts';
import { packText } from './pack-text.ts';
import { readArguments } from '#src/site/command-arguments.ts';

const USAGE = 'Write it like this: npm run board-pack -- --base main --meeting "Trust Board, 26 November 2026" --out board-pack.pdf\n'
  + 'Options: [--base <branch or commit>] [--policies <id,id>] [--meeting "<name and date>"] [--large-print] --out <file.pdf>';

class Refusal extends Error {}

const refuseProblems = (problems: readonly Problem[], what: string) =>
  new Refusal(`${what}. Fix ${problems.length === 1 ? 'it' : 'them'} first:\n${problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);

async function main(): Promise<number> {
  const { values } = readArguments({
    options: {
      base: { type: 'string' }, policies: { type: 'string' }, meeting: { type: 'string' }, 'large-print': { type: 'boolean' },
      out: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
  }, USAGE);
  if (values.help) {
    console.log(`Makes one PDF for a meeting, with the policies for approval and their changes marked.\n${USAGE}\n`
      + 'With --base, the policies whose text or version differ from that branch or commit; without it, every policy waiting for approval.');
    return 0;
  }
  if (!values.out) throw new Refusal('say where to save the PDF, like --out board-pack.pdf');
  if (!values.out.toLowerCase().endsWith('.pdf')) throw new Refusal(`--out "${values.out}" is not a PDF file name. End it with .pdf, like --out board-pack.pdf`);
  // npm run starts in the project's folder; INIT_CWD is where the command was typed, which is where a relative --out means.
  const out = path.resolve(process.env['INIT_CWD'] ?? process.cwd(), values.out);
  // Checked before the pack is made, which takes a while, not when it is saved.
  if (!(await stat(path.dirname(out)).then((found) => found.isDirectory(), () => false))) {
    throw new Refusal(`--out "${values.out}": there is no folder ${path.dirname(out)} to save it in. Make the folder first, or save it in one that exists, like --out board-pack.pdf`);
  }

  const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
  const site = readSiteConfig(process.env, root);
  const library = await readPolicyFiles(site.policiesDir, root);
  if (library.problems.length > 0) throw refuseProblems(library.problems, `the policy files have ${library.problems.length === 1 ? 'a problem' : `${library.problems.length} problems`}`);

  const ids = values.policies?.split(',').map((id) => id.trim()).filter(Boolean);
  const known = library.policies.map((policy) => policy.id);
  for (const id of ids ?? []) {
    if (known.includes(id)) continue;
    const suggestion = nearest(id, known);
    throw new Refusal(`--policies: there is no policy "${id}"${suggestion ? `. Did you mean ${suggestion}?` : ''}`);
  }

  const atBase = values.base === undefined ? new Map<string, string>() : await filesAtBase(values.base, site.policiesDir);
  const candidates: PackCandidate[] = library.policies.map((policy) => ({
    id: policy.id,
    displayPath: policy.displayPath,
    data: policy.data,
    source: policy.versions.find((version) => version.current)?.source ?? '',
    atBase: atBase.get(policy.id),
    versions: policy.versions.filter((version) => !version.current),
  }));
  const chosen = packPolicies(candidates, { withBase: values.base !== undefined, ids });
  if (chosen.length === 0) {
    throw new Refusal(values.base === undefined
      ? `no ${ids ? 'named ' : ''}policy is waiting for approval (a draft, or under review with a new version)`
      : `no ${ids ? 'named ' : ''}policy's text or version differs from ${values.base}`);
  }
  const sections = [];
  const problems: Problem[] = [];
  for (const policy of chosen) {
    const made = packText(policy, site);
    if (made.ok) sections.push({ policy, text: made.markup, marked: made.marked });
    else problems.push(...made.problems);
  }
  if (problems.length > 0) throw refuseProblems(problems, 'the PDF cannot show part of the text');

  const madeOn = buildDate(process.env);
  const style = (values['large-print'] ? LARGE_PRINT_LAYOUT : STANDARD_LAYOUT).style;
  const comparedWith = values.base === undefined ? 'each policy\'s last approved version' : values.base;
  const source = boardPackDocument({ meeting: values.meeting, madeOn, trustName: site.trustName, comparedWith, style, sections });
  const made = makePdf(createTypstCompiler(site.policiesDir, pdfFontFiles()), source);
  if (!made.ok) throw new Refusal(`the PDF could not be made: ${made.errors.join('; ')}`);
  await writeFile(out, made.pdf);
  console.log(`Made ${values.out} (${made.pages} ${made.pages === 1 ? 'page' : 'pages'}): ${packTitle(values.meeting)}, compared with ${comparedWith}.`);
  for (const { policy } of sections) {
    const versions = policy.current ? `${policy.current.version} to ${policy.proposedVersion}` : policy.proposedVersion;
    console.log(`  ${policy.data.title} (${policy.data.owner}): ${CHANGE_KIND_LABELS[policy.kind].toLowerCase()}, version ${versions}`);
  }
  console.log('After the meeting, record each approval with npm run approve -- <policy> --by "<body>" --on <day of the meeting>.');
  return 0;
}

/** Each policy's file at the base revision, by policy id. */
async function filesAtBase(base: string, policiesDir: string): Promise<Map<string, string>> {
  const inPolicies = async (args: string[]) => (await git(policiesDir, args)).trim();
  const topLevel = await inPolicies(['rev-parse', '--show-toplevel']).catch(() => {
    throw new Refusal('--base needs the policies in a git repository, and this folder is not one');
  });
  await inPolicies(['rev-parse', '--verify', '--quiet', `${base}^{commit}`]).catch(() => {
    throw new Refusal(`--base "${base}" is not a branch, tag or commit in this repository. In a shallow clone, fetch it first (git fetch --unshallow)`);
  });
  const folder = repositoryPath(policiesDir, topLevel);
  const files = await policyFilesAtRevision(topLevel, base, folder);
  return new Map([...files].map(([file, source]) => [path.posix.basename(path.posix.dirname(file)), source]));
}

main().then((code) => process.exit(code), (error: unknown) => {
  if (error instanceof Refusal) {
    console.log(`No board pack was made: ${error.message}${/[.?!:]$|\n/.test(error.message) ? '' : '.'}\n${USAGE}`);
    process.exit(1);
  }
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
