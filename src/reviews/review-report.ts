import { formatPolicyDate, type PolicyDate } from '#src/policy/policy-date.ts';
import type { ReviewEntry } from './review-register.ts';
import { proposedVersionText, replacesText, type AwaitingApproval } from './awaiting-approval.ts';

export type ReportFormat = 'text' | 'markdown' | 'json';
export type FailOn = 'overdue' | 'due-soon' | 'never';

export interface ReviewReport {
  asOf: string;
  within: number;
  overdue: ReviewEntry[];
  dueSoon: ReviewEntry[];
  /** Policies whose proposed version is waiting for approval. */
  awaitingApproval: AwaitingApproval[];
}

/** The reviews that need someone's attention on `asOf`: overdue ones, and those due within `within` days. */
export function reviewReport(register: readonly ReviewEntry[], asOf: string, within: number, awaiting: readonly AwaitingApproval[] = []): ReviewReport {
  return {
    asOf,
    within,
    awaitingApproval: [...awaiting],
    overdue: register.filter((entry) => entry.review.daysLeft < 0),
    dueSoon: register.filter((entry) => entry.review.daysLeft >= 0 && entry.review.daysLeft <= within),
  };
}

/** Exit code for a report: 1 when the chosen level is reached, so CI can warn or block as configured. */
export function reviewExitCode(report: ReviewReport, failOn: FailOn): number {
  if (failOn === 'overdue') return report.overdue.length > 0 ? 1 : 0;
  if (failOn === 'due-soon') return report.overdue.length + report.dueSoon.length > 0 ? 1 : 0;
  return 0;
}

/** A table cell in Markdown: a | would end it early. */
function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function when(entry: ReviewEntry): string {
  const days = Math.abs(entry.review.daysLeft);
  const plural = days === 1 ? 'day' : 'days';
  return entry.review.daysLeft < 0 ? `${days} ${plural} overdue` : entry.review.daysLeft === 0 ? 'due today' : `due in ${days} ${plural}`;
}

export function formatReviewReport(report: ReviewReport, format: ReportFormat): string {
  const asOf = formatPolicyDate(report.asOf as PolicyDate);
  if (format === 'json') {
    const item = (entry: ReviewEntry) => ({ id: entry.id, title: entry.title, owner: entry.owner, version: entry.version, nextReview: entry.nextReview, dueBy: entry.review.dueBy, daysLeft: entry.review.daysLeft });
    const awaiting = report.awaitingApproval.map(({ id, title, owner, status, proposedVersion, fileVersion, approvedVersion }) => ({ id, title, owner, status, proposedVersion, fileVersion, approvedVersion: approvedVersion ?? null }));
    return `${JSON.stringify({ asOf: report.asOf, within: report.within, overdue: report.overdue.map(item), dueSoon: report.dueSoon.map(item), awaitingApproval: awaiting }, null, 2)}\n`;
  }
  return reviewsText(report, format, asOf) + awaitingText(report.awaitingApproval, format);
}

function reviewsText(report: ReviewReport, format: 'text' | 'markdown', asOf: string): string {
  const all = [...report.overdue, ...report.dueSoon];
  if (format === 'markdown') {
    if (all.length === 0) return `No policy reviews are overdue or due in the next ${report.within} days (as of ${asOf}).\n`;
    const rows = all.map((entry) => `| ${escapeCell(entry.title)} | ${escapeCell(entry.owner)} | ${formatPolicyDate(entry.nextReview)} | ${entry.review.daysLeft < 0 ? '**Overdue**' : 'Due soon'} (${when(entry)}) |`);
    return [
      `Policy reviews as of ${asOf}: ${report.overdue.length} overdue, ${report.dueSoon.length} due in the next ${report.within} days.`,
      '',
      '| Policy | Owner | Review due by | Status |',
      '| --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n');
  }
  if (all.length === 0) return `No policy reviews are overdue or due in the next ${report.within} days (as of ${asOf}).\n`;
  const section = (heading: string, entries: ReviewEntry[]) =>
    entries.length === 0 ? [] : [heading, ...entries.map((entry) => `  ${entry.title} (${entry.owner}): due by ${formatPolicyDate(entry.nextReview)}, ${when(entry)}`)];
  return [
    `Policy reviews as of ${asOf}:`,
    ...section(`Overdue (${report.overdue.length}):`, report.overdue),
    ...section(`Due in the next ${report.within} days (${report.dueSoon.length}):`, report.dueSoon),
    '',
  ].join('\n');
}

function awaitingText(awaiting: readonly AwaitingApproval[], format: 'text' | 'markdown'): string {
  if (awaiting.length === 0) return '';
  if (format === 'markdown') {
    return [
      '',
      `Waiting for approval: ${awaiting.length}.`,
      '',
      '| Policy | Owner | Proposed version | Replaces |',
      '| --- | --- | --- | --- |',
      ...awaiting.map((entry) => `| ${escapeCell(entry.title)} | ${escapeCell(entry.owner)} | ${proposedVersionText(entry)} | ${entry.approvedVersion ? `version ${entry.approvedVersion}` : 'new policy'} |`),
      '',
    ].join('\n');
  }
  return [
    `Waiting for approval (${awaiting.length}):`,
    ...awaiting.map((entry) => `  ${entry.title} (${entry.owner}): version ${proposedVersionText(entry)}, ${replacesText(entry)}`),
    '',
  ].join('\n');
}
