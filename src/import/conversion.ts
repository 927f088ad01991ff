import type { FootnoteDefinition } from 'mdast';
import type { WordDocument, WordParagraph } from './word/word-document.ts';

/** A picture from the document, saved beside the policy as `file`. */
export interface ImportedPicture {
  file: string;
  read(): Promise<Buffer>;
  /** The document's own description; empty when it has none, which the build refuses until one is written. */
  alt: string;
}

/** What one document's conversion gathers beside its text, for the files and the report. */
export interface Conversion {
  readonly document: WordDocument;
  readonly pictures: ImportedPicture[];
  readonly footnotes: FootnoteDefinition[];
  /** Words from text boxes, which have no place in the page's order. */
  readonly textBoxWords: string[];
  /** Things the owner should know, in plain words ("the link "here" led to a place in the document"). */
  readonly notes: string[];
  /** Paragraphs Word letters "A.", "B." with its own numbering, and their letters. */
  readonly letters: Map<WordParagraph, string>;
  /** All-capital headings put in sentence case, for the owner to check names in them. */
  readonly recasedHeadings: { from: string; to: string }[];
}

export function newConversion(document: WordDocument, letters: Map<WordParagraph, string>): Conversion {
  return { document, letters, pictures: [], footnotes: [], textBoxWords: [], notes: [], recasedHeadings: [] };
}
