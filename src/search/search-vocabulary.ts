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
