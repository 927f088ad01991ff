import path from 'node:path';
import type { Problem } from '#src/policy/problem.ts';
import { characterName } from './character-names.ts';
import { PDF_FONT_FAMILY } from './fonts.ts';

export interface PdfProblemContext {
  /** The file the PDF is made from, as owners see it: policies/social-media/index.mdx */
  file: string;
  /** Its text, to find the line a character is on. */
  text: string;
  /** e.g. "Large print PDF" */
  label: string;
}

const MISSING_GLYPH = /the text `"(.+?)"` could not be displayed with font/s;
const FILE_NOT_FOUND = /file not found \(searched at (.+)\)/;

/** What Typst said when it could not make a PDF, in words a policy owner can act on, one line each. */
export function pdfProblems(errors: readonly string[], context: PdfProblemContext): Problem[] {
  const problems = new Map<string, Problem>();
  const add = (problem: Problem) => problems.set(`${problem.line}:${problem.message}`, problem);
  for (const error of errors) {
    const glyph = MISSING_GLYPH.exec(error);
    const missing = FILE_NOT_FOUND.exec(error);
    if (glyph) {
      for (const character of new Set(glyph[1]!)) {
        if (character.trim() === '') continue;
        add({
          file: context.file,
          ...lineOf(context.text, character),
          message: `the character "${character}" (${described(character)}) cannot go into the PDFs: their font, ${PDF_FONT_FAMILY}, has no such letter or symbol. Write it another way, for example in words`,
        });
      }
    } else if (missing) {
      const name = path.basename(missing[1]!);
      add({ file: context.file, ...lineOf(context.text, name), message: `the picture "${name}" is not in the policy's folder. Check the file name (capital letters count) and that the picture is saved beside ${path.basename(context.file)}` });
    } else {
      add({ file: context.file, message: `the ${context.label} cannot be made. Typst, which makes it, says: ${error.replace(/\.$/, '')}` });
    }
  }
  return [...problems.values()];
}

function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** "U+2713", or "U+2011, a non-breaking hyphen, which looks like -" for one that cannot be told by sight. */
function described(character: string): string {
  const name = characterName(character);
  return name ? `${codePoint(character)}, ${name}` : codePoint(character);
}

function lineOf(text: string, needle: string): { line?: number } {
  const at = text.indexOf(needle);
  return at === -1 ? {} : { line: text.slice(0, at).split('\n').length };
}

/** A PDF longer than its kind may be (an easy read: 24 pages). */
export function tooManyPages(file: string, label: string, pages: number, maxPages: number): Problem {
  return {
    file,
    message: `the ${label} has ${pages} pages, more than the ${maxPages} it may have. Make it shorter: fewer points, or fewer words in each, while still covering everything staff must do`,
  };
}
