import type { Root } from 'mdast';
import { compareTexts, type DiffBlock } from '#src/versions/text-diff.ts';
import { wordsIn } from '#src/policy/words.ts';

/** What changed in one section of a policy's text, for a reader who will not open the file. */
export interface SectionChange {
  /** The section's heading as it reads after the change; "Before the first heading" for the opening text. */
  heading: string;
  /** Each run of words added, and each removed, in the order they appear. */
  added: string[];
  removed: string[];
  wordsAdded: number;
  wordsRemoved: number;
}

export const OPENING_TEXT = 'Before the first heading';

/**
 * The comparison the site shows on its compare pages (src/versions/text-diff.ts), gathered by section,
 * so a pull request can say "Friend requests: added 'or their parents'" without showing every paragraph.
 */
export function sectionChanges(before: Root, after: Root): SectionChange[] {
  const sections: SectionChange[] = [];
  let heading = OPENING_TEXT;
  let current: SectionChange | undefined;
  for (const block of compareTexts(before, after)) {
    if (block.kind === 'heading' && block.depth <= 2) {
      heading = headingAfter(block) || heading;
      current = undefined;
    }
    if (!block.parts.some((part) => part.change !== 'same')) continue;
    if (!current) sections.push((current = { heading, added: [], removed: [], wordsAdded: 0, wordsRemoved: 0 }));
    for (const part of block.parts) {
      const text = part.text.trim();
      if (part.change === 'same' || text === '') continue;
      if (part.change === 'added') {
        current.added.push(text);
        current.wordsAdded += wordsIn(text).length;
      } else {
        current.removed.push(text);
        current.wordsRemoved += wordsIn(text).length;
      }
    }
  }
  return sections;
}

/** A heading as it reads in the newer text; a removed section keeps its old name. */
function headingAfter(block: DiffBlock): string {
  const kept = block.parts.filter((part) => part.change !== 'removed').map((part) => part.text).join('').trim();
  return kept || block.parts.map((part) => part.text).join('').trim();
}
