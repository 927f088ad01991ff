import type { ImportReport } from './import-policy.ts';

export type ImportOutcome =
  | {
    document: string; file: string; id: string; status: 'approved' | 'draft'; report: ImportReport;
    /** What would stop npm run build, in its own words (file:line: message), found by making the PDFs. */
    buildProblems: string[];
  }
  | { document: string; problem: string };

function section(heading: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : [`  ${heading}`, ...lines.map((line) => `    - ${line}`)];
}

/** One document's report: what was converted, taken from the cover, dropped, assumed, and what is left to do. */
export function reportText(outcome: ImportOutcome): string {
  if ('problem' in outcome) return `${outcome.document}: ${outcome.problem.replace(/\.$/, '')}.`;
  const { report } = outcome;
  return [
    `${outcome.document} → ${outcome.file}`,
    `  Converted: ${report.converted.join(', ')}.`,
    ...section('From the cover, as the policy\'s details:', report.fromCover),
    ...section('Left out, and why:', report.dropped),
    ...section('Assumed or changed: marked in the file, confirm each:', report.assumptions),
    ...section('You must still:', report.toDo),
    ...section('The build would stop on these, as npm run build says them; change each in the file (or in Word, then import again with --force):', outcome.buildProblems),
    builds(outcome) ? '  It builds as it is: see it with npm start, then commit it on a branch.' : '  Until then the build stops and says why; see it with npm start once done.',
    '',
  ].join('\n');
}

function builds(outcome: Extract<ImportOutcome, { file: string }>): boolean {
  return outcome.report.toDo.length === 0 && outcome.buildProblems.length === 0;
}

/** A folder's closing table: one row per document, Markdown so it can go straight into a pull request. */
export function importSummary(outcomes: readonly ImportOutcome[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = outcomes.map((outcome) =>
    'problem' in outcome
      ? `| ${cell(outcome.document)} | not imported | | ${cell(outcome.problem)} |`
      : `| ${cell(outcome.document)} | ${outcome.file} | ${outcome.status} | ${builds(outcome) ? 'confirm the assumptions' : cell([...outcome.report.toDo, ...outcome.buildProblems].join('; '))} |`,
  );
  const imported = outcomes.filter((outcome) => !('problem' in outcome)).length;
  return [`Imported ${imported} of ${outcomes.length} documents:`, '', '| document | policy file | status | to do |', '| --- | --- | --- | --- |', ...rows, ''].join('\n');
}
