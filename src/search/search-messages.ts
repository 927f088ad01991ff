import type { PolicyStatus } from '#src/policy/policy-schema.ts';
import { STATUS_MARKS } from '#src/policy/policy-wording.ts';

/**
 * What the search page says, in one place, so the words a screen reader announces are tested.
 */

export interface ResultsSummary {
  count: number;
  query: string;
  /** True when no page had every word, and the results have only some of them. */
  partial: boolean;
  filtered: boolean;
}

export function describeResults({ count, query, partial, filtered }: ResultsSummary): string {
  const quoted = `“${query}”`;
  const where = filtered ? ' with the filters you chose' : '';
  if (count === 0) return `No policies match ${quoted}${where}.`;
  const pages = count === 1 ? '1 result' : `${count} results`;
  if (partial) return `No policy has every word of ${quoted}${where}. ${pages} with some of the words.`;
  return `${pages} for ${quoted}${where}.`;
}

/** How a paragraph or section is named in a result: "Social media in a personal capacity, paragraph C". */
export function describeSection(section: { heading: string | undefined; paragraph: string | undefined; keywordsOnly: boolean; matchedWords: readonly string[] }): string {
  if (section.keywordsOnly) {
    const words = section.matchedWords.map((word) => `“${word}”`).join(', ');
    return section.matchedWords.length === 1 ? `Matches the keyword ${words}` : `Matches the keywords ${words}`;
  }
  const heading = section.heading ?? 'Opening text';
  return section.paragraph ? `${heading}, paragraph ${section.paragraph}` : heading;
}

/**
 * The labels under a result's title. A draft or withdrawn policy says so first, because
 * nobody should act on one thinking it is in force.
 */
export function resultLabels(meta: { status: string; kind: string; version: string }): string[] {
  const labels: string[] = [];
  const mark = STATUS_MARKS[meta.status as PolicyStatus];
  if (mark) labels.push(mark);
  if (meta.kind === 'easy-read') labels.push('Easy read');
  else if (meta.kind === 'version') labels.push(`Archived copy of version ${meta.version}`);
  else labels.push('Full policy');
  if (meta.kind !== 'version') labels.push(`Version ${meta.version}`);
  return labels;
}
