/**
 * The index's own words, for correcting a misspelt word in the browser and for checking that the
 * Trust's search terms point at words the policies use. Both sides split text the same way, here.
 */

/** Lower-case words of letters and digits: "Doctor's note, 2FA" → ["doctor", "s", "note", "2fa"]. */
export function wordsOfText(text: string): string[] {
  return text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Every word of the texts, most used first (ties in alphabetical order), each once. Single letters carry no meaning to correct to. */
export function vocabularyOf(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of wordsOfText(text)) if (word.length > 1) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

/**
 * A word on at least this share of the index's pages ("staff", "working") tells little about which
 * page answers, and asking the index for it alone is its slowest ask: at 500 policies 30 to 110 ms,
 * against 5 ms for a rare word. The search page asks for it with the rarer words typed (search-asks.ts).
 */
export const COMMON_SHARE = 1 / 3;

/** The words on at least `share` of the pages (each page given as its texts), with how many pages have each. */
export function commonWordsOf(pages: readonly (readonly string[])[], share = COMMON_SHARE): Record<string, number> {
  const pagesWith = new Map<string, number>();
  for (const texts of pages) {
    for (const word of new Set(texts.flatMap(wordsOfText))) pagesWith.set(word, (pagesWith.get(word) ?? 0) + 1);
  }
  const least = Math.max(1, Math.ceil(pages.length * share));
  return Object.fromEntries([...pagesWith].filter(([word, count]) => word.length > 1 && count >= least).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}
