/**
 * Characters a reader cannot pick out from the character alone: invisible ones, and ones that look
 * like a plain hyphen or space. A problem that quotes one also names it, so the owner knows what to
 * look for (Word's Find can search for each by its code, like ^u8209 for U+2011).
 */
const NAMES: Record<string, string> = {
  '\u00A0': 'a non-breaking space, which looks like a space',
  '\u00AD': 'a soft hyphen, which is invisible unless the word breaks there at the end of a line',
  '\u2007': 'a figure space, which looks like a space',
  '\u2009': 'a thin space, which looks like a narrow space',
  '\u200A': 'a hair space, which looks like a narrow space',
  '\u200B': 'a zero-width space, which is invisible',
  '\u200C': 'a zero-width non-joiner, which is invisible',
  '\u200D': 'a zero-width joiner, which is invisible',
  '\u2010': 'a hyphen, which looks like -',
  '\u2011': 'a non-breaking hyphen, which looks like -',
  '\u2012': 'a figure dash, which looks like -',
  '\u202F': 'a narrow non-breaking space, which looks like a narrow space',
  '\u2060': 'a word joiner, which is invisible',
  '\u2212': 'a minus sign, which looks like -',
  '\uFEFF': 'a zero-width no-break space, which is invisible',
};

/** Its name and what it looks like, for a character that cannot be told apart by sight; else undefined. */
export function characterName(character: string): string | undefined {
  return NAMES[character];
}
