import type { PolicyDate } from '#src/policy/policy-date.ts';
import { writtenDate } from './written-date.ts';

/** What a policy's cover page says about it, as the policy's details. */
export interface CoverDetails {
  title?: string;
  approvedBy?: string;
  approved?: PolicyDate;
  version?: string;
  nextReview?: PolicyDate;
  /** Cover lines that are none of these (the Trust's name, a school's address): not policy text. */
  unused: string[];
}

const APPROVAL = /^(?:this policy was )?approved by:?\s+(?:the\s+)?(.+?)(?:\s+(?:in|on)\s+(.+?))?\.?$/i;
const APPROVAL_DATE = /^(?:date )?approved(?: on)?:?\s+(.+?)\.?$/i;
const VERSION = /^(?:version|issue)(?: number| no\.?)?:?\s*v?(\d+)(?:\.(\d+))?\b/i;
const REVIEW = /^(?:next\s+)?review(?:ed)?(?:\s+date|\s+due|\s+by)?:?\s+(?:by\s+|on\s+|in\s+)?(.+?)\.?$/i;
const TITLE_WORDS = /\b(policy|procedure|procedures|code of conduct|statement|guidance|protocol|guidelines|charter|plan)\b/i;

/** Reads a cover, line by line; the first line naming a policy is its title unless Word's Title style says otherwise. */
export function readCover(lines: readonly { text: string; isTitle: boolean }[]): CoverDetails {
  const details: CoverDetails = { unused: [] };
  const titled = lines.find((line) => line.isTitle && line.text.trim() !== '');
  if (titled) details.title = titled.text.trim();
  for (const { text } of lines) {
    const line = text.replace(/\s+/g, ' ').trim();
    if (line === '' || line === details.title) continue;
    const approval = APPROVAL.exec(line);
    const approvalDate = APPROVAL_DATE.exec(line);
    const version = VERSION.exec(line);
    const review = REVIEW.exec(line);
    if (approval && !details.approvedBy) {
      details.approvedBy = approval[1]!;
      const date = approval[2] ? writtenDate(approval[2]) : undefined;
      if (date) details.approved = date;
    } else if (approvalDate && writtenDate(approvalDate[1]!) && !details.approved) {
      details.approved = writtenDate(approvalDate[1]!)!;
    } else if (version && !details.version) {
      details.version = `${version[1]}.${version[2] ?? '0'}`;
    } else if (review && writtenDate(review[1]!) && !details.nextReview) {
      details.nextReview = writtenDate(review[1]!)!;
    } else if (!details.title && TITLE_WORDS.test(line)) {
      details.title = line;
    } else {
      details.unused.push(line);
    }
  }
  return details;
}
