/** A valid easy read, with frontmatter fields replaced or removed (undefined drops a field). */
export function easyReadSource(fields: Record<string, string | undefined> = {}, body = POINT): string {
  const lines = Object.entries({ basedOnVersion: '"1.0"', checkedByReaders: 'not yet', ...fields })
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

export const POINT = '<Point picture="mobile-phone" alt="A mobile phone">\n\nYou can use your own phone at break time.\n\n</Point>\n';

/** A point with the given words, for building a body line by line. */
export function point(words: string, picture = 'mobile-phone', alt = 'A mobile phone'): string {
  return `<Point picture="${picture}" alt="${alt}">\n\n${words}\n\n</Point>\n`;
}
