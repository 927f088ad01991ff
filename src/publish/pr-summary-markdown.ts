import type { PolicyChange } from './policy-change.ts';
import type { SectionChange } from './section-changes.ts';

/** The results of the site's checks on one policy's pages, when the pull request's build was checked. */
export interface PageChecks {
  /** Broken links on the policy's pages, as "page: the link … reason", or undefined when links were not checked. */
  brokenLinks: string[] | undefined;
  /** Accessibility failures on the policy's pages, or undefined when no results were given. */
  accessibilityFailures: string[] | undefined;
  /** The day the accessibility checks ran, to say how fresh their results are. */
  accessibilityCheckedOn?: string | undefined;
}

export interface SummaryInput {
  /** How the base was named, e.g. "main" or "origin/main", and its short commit. */
  baseName: string;
  baseCommit: string;
  changes: readonly PolicyChange[];
  checks: ReadonlyMap<string, PageChecks>;
}

/** Most words of one change shown before "…", so one rewritten section does not bury the rest. */
const MOST_WORDS_SHOWN = 40;
/** Most runs of added or removed words listed for one section. */
const MOST_RUNS_SHOWN = 6;

/**
 * The pull request's summary for policy owners and approvers, in Markdown: for each changed policy,
 * its version, what its details and sections now say differently, its easy read and its checks.
 */
export function prSummaryMarkdown(input: SummaryInput): string {
  const lines = ['## What this pull request changes in the policies', ''];
  if (input.changes.length === 0) {
    lines.push(`No policy file changed since ${inline(input.baseName)} (${input.baseCommit}).`, '');
    return lines.join('\n');
  }
  const count = input.changes.length;
  lines.push(`${count} ${count === 1 ? 'policy' : 'policies'} changed since ${inline(input.baseName)} (${input.baseCommit}).`, '');
  for (const change of input.changes) lines.push(...policySection(change, input.checks.get(change.id)));
  return lines.join('\n');
}

function policySection(change: PolicyChange, checks: PageChecks | undefined): string[] {
  const lines = [`### ${escape(change.title)}`, '', `File: \`${change.file}\``, ''];
  lines.push(versionLine(change), '');
  if (change.historySummary) lines.push(`What changed, in the history entry: ${escape(change.historySummary)}`, '');
  if (change.change !== 'changed') return [...lines, ...easyReadLines(change), ...checkLines(checks)];
  if (change.details.length > 0) {
    lines.push('**Details changed**', '', '| Detail | Before | After |', '| --- | --- | --- |');
    for (const detail of change.details) lines.push(`| ${detail.label} | ${cell(detail.before)} | ${cell(detail.after)} |`);
    lines.push('');
  }
  lines.push(...textLines(change), ...easyReadLines(change), ...checkLines(checks));
  return lines;
}

function versionLine(change: PolicyChange): string {
  const after = change.versionAfter ?? 'unknown';
  if (change.change === 'added') return `**New policy**, version ${after}.`;
  if (change.change === 'deleted') return `**Deleted.** It was version ${change.versionBefore ?? 'unknown'}. A policy is normally withdrawn (status: withdrawn), not deleted, so its address keeps working.`;
  if (change.versionBefore === change.versionAfter) return `**Version ${after}, unchanged.**`;
  return `**Version ${change.versionBefore ?? 'unknown'} → ${after}.**`;
}

function textLines(change: PolicyChange): string[] {
  if (change.textUnreadable) return ['**Text**: could not be compared, because one version of the file cannot be read. The checks on this pull request say where.', ''];
  if (change.sections.length === 0) return ['**Text**: no words changed.', ''];
  const lines = [`**Text**: ${change.sections.length} ${change.sections.length === 1 ? 'section' : 'sections'} changed.`, ''];
  for (const section of change.sections) lines.push(...sectionLines(section));
  lines.push('');
  return lines;
}

function sectionLines(section: SectionChange): string[] {
  const counts = [
    section.wordsAdded > 0 ? `${section.wordsAdded} ${section.wordsAdded === 1 ? 'word' : 'words'} added` : '',
    section.wordsRemoved > 0 ? `${section.wordsRemoved} ${section.wordsRemoved === 1 ? 'word' : 'words'} removed` : '',
  ].filter(Boolean);
  const lines = [`- **${escape(section.heading)}**: ${counts.join(', ') || 'punctuation or spacing changed'}.`];
  lines.push(...runs('Added', section.added), ...runs('Removed', section.removed));
  return lines;
}

function runs(label: string, texts: readonly string[]): string[] {
  const shown = texts.slice(0, MOST_RUNS_SHOWN).map((text) => `  - ${label}: “${escape(shortened(text))}”`);
  const more = texts.length - shown.length;
  return more > 0 ? [...shown, `  - and ${more} more ${label.toLowerCase()} ${more === 1 ? 'passage' : 'passages'}: see the comparison page after merging.`] : shown;
}

function easyReadLines(change: PolicyChange): string[] {
  switch (change.easyRead.kind) {
    case 'none':
      return change.change === 'deleted' ? [] : ['**Easy read**: this policy has none.', ''];
    case 'unreadable':
      return ['**Easy read**: its details cannot be read; `npm run lint:easy-read` says what to fix.', ''];
    case 'matches':
      return [`**Easy read**: still matches: it explains version ${change.easyRead.version}, the policy's version.`, ''];
    case 'out-of-date':
      return [`**Easy read**: out of date. It explains version ${change.easyRead.explains}, but the policy is now version ${change.easyRead.policyVersion}. Update \`policies/${change.id}/easy-read.mdx\` and its basedOnVersion, or the easy-read page will say the policy has changed since.`, ''];
  }
}

function checkLines(checks: PageChecks | undefined): string[] {
  const links = checks?.brokenLinks;
  const failures = checks?.accessibilityFailures;
  const lines: string[] = [];
  if (links === undefined) lines.push('**Links**: not checked here (run with `--dist dist` after `npm run build`).');
  else if (links.length === 0) lines.push('**Links**: every link and anchor on its pages works.');
  else lines.push(`**Links**: ${links.length} broken on its pages:`, ...links.map((link) => `- ${escape(link)}`));
  const when = checks?.accessibilityCheckedOn ? ` (checked on ${checks.accessibilityCheckedOn})` : '';
  if (failures === undefined) lines.push('', '**Accessibility**: not checked here (run with `--accessibility` and the results of the axe test).');
  else if (failures.length === 0) lines.push('', `**Accessibility**: no failures on its pages${when}.`);
  else lines.push('', `**Accessibility**: ${failures.length} ${failures.length === 1 ? 'failure' : 'failures'} on its pages${when}:`, ...failures.map((failure) => `- ${escape(failure)}`));
  return [...lines, ''];
}

function shortened(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= MOST_WORDS_SHOWN ? text : `${words.slice(0, MOST_WORDS_SHOWN).join(' ')} …`;
}

/** Policy words shown exactly as typed: nothing in them may turn into Markdown or HTML. */
export function escape(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()<>#+!|~&]/g, (character) => (character === '&' ? '&amp;' : `\\${character}`));
}

function cell(text: string): string {
  return text === '' ? '(none)' : escape(text);
}

function inline(text: string): string {
  return `\`${text.replaceAll('`', '')}\``;
}
