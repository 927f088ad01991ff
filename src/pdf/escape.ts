/*
 * Policy text goes into Typst markup, where many ASCII characters mean something: # starts code,
 * $ maths, * and _ emphasis, ` raw text, < > labels, @ references, [ ] content, // and /* comments,
 * = - + / and "1." at the start of a line headings and lists, ~ -- ... ' " shorthands and smart
 * quotes, and "https://" turns into a link. Typst reads a backslash before any character as that
 * character, so every ASCII punctuation mark is escaped: nothing an owner writes can become markup,
 * and approved text comes out exactly as written (no smart quotes or dashes it did not have).
 */

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** Every character Typst or Unicode treats as a line break; in markup a break could start a heading. */
const LINE_BREAKS = /[\n\r\v\f\u0085\u2028\u2029]+/g;

/** Control characters have no place in printed text, and a PDF/UA file may not hold them. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

/** Text as it reads, for Typst markup: escaped, on one line. */
export function escapeMarkup(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(LINE_BREAKS, ' ')
    .replace(/\t/g, ' ')
    .replace(ASCII_PUNCTUATION, (character) => `\\${character}`);
}

/** A Typst string literal ("…") holding the value exactly, for URLs, alt text and metadata. */
export function typstString(value: string): string {
  const escaped = value.replace(CONTROL, '').replace(/[\\"\n\r\t\v\f\u0085\u2028\u2029]/g, (character) => {
    if (character === '\\') return '\\\\';
    if (character === '"') return '\\"';
    if (character === '\n') return '\\n';
    if (character === '\r') return '\\r';
    if (character === '\t') return '\\t';
    return `\\u{${character.codePointAt(0)!.toString(16)}}`;
  });
  return `"${escaped}"`;
}

/** Label syntax (<name>) allows only these; other ids are linked to on the web page instead. */
const LABEL_NAME = /^[\p{L}\p{N}_][\p{L}\p{N}_.:-]*$/u;

export function isLabelName(name: string): boolean {
  return LABEL_NAME.test(name);
}
