/** The words of a text: runs between spaces that hold a letter or a digit, so a dash or a bullet is not a word. */
export function wordsIn(text: string): string[] {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}
