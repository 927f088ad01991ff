import type { Problem } from '#src/policy/problem.ts';
import { PLACEHOLDER_OPENING } from './new-policy.ts';

/** Long enough to recognise the placeholder, short enough to keep the message on a line. */
const SHOWN_LENGTH = 80;

/**
 * Each line of a policy file, details or text, that still holds the new-policy template's placeholder
 * text, as a problem naming the line and the placeholder. A draft may hold them while it is written;
 * an approved policy may not, because a template that builds looks finished on the page.
 */
export function placeholderProblems(file: string, source: string): Problem[] {
  return source.split(/\r?\n/).flatMap((text, index) => {
    const at = text.indexOf(PLACEHOLDER_OPENING);
    if (at === -1) return [];
    const rest = text.slice(at).trim();
    const placeholder = rest.length > SHOWN_LENGTH ? `${rest.slice(0, rest.lastIndexOf(' ', SHOWN_LENGTH))}…` : rest;
    return [{
      file,
      line: index + 1,
      message: `still says "${placeholder}": the new-policy template's placeholder, which an approved policy cannot have. Write the policy's own words in its place`,
    }];
  });
}
