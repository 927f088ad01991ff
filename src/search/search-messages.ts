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
  /** True when no policy uses any of the words, and the results have only words like them. */
  onlyRelated?: boolean;
  filtered: boolean;
}

export function describeResults({ count, query, partial, onlyRelated = false, filtered }: ResultsSummary): string {
  const quoted = `“${query}”`;
  const where = filtered ? ' with the filters you chose' : '';
  if (count === 0) return `No policies match ${quoted}${where}.`;
  const pages = count === 1 ? '1 result' : `${count} results`;
  if (onlyRelated) return `No policy uses the words ${quoted}${where}. ${pages} with words like them, which may not be what you need.`;
  // The results come first: most questions have a word no policy uses ("upset", "coz"), and the answer is still among them.
  if (partial) return `${pages} for ${quoted}${where}, each with some of the words: no policy has them all.`;
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

/** A query of only small words ("how do I") finds every policy; this says what to try instead. */
export function commonWordsMessage(query: string): string {
  return `“${query}” has only common words, which every policy uses. Add a word about what you need, for example: sick, phone, complaint, warning.`;
}

/** The further link in a result to the easy read's best section: "easy read: Who to tell". */
export function describeEasyRead(section: { heading: string | undefined; paragraph: string | undefined; keywordsOnly: boolean; matchedWords: readonly string[] } | undefined): string {
  return `easy read: ${section && !section.keywordsOnly ? describeSection(section) : 'the whole easy read'}`;
}

/**
 * "Tell us what you were looking for": an email with the search filled in, to the site's contact.
 * The page only opens the email; nothing is sent unless the person sends it.
 */
export function missingSearchMailto(email: string, query: string, searchUrl: string): string {
  const subject = `A search that found nothing: ${query}`;
  const body = [`I searched for: ${query}`, `Search page: ${searchUrl}`, 'What I was looking for:', ''].join('\r\n');
  const address = encodeURIComponent(email).replace(/%40/g, '@');
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
