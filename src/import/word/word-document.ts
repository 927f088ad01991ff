import mammoth from 'mammoth';

/**
 * The parts of mammoth's reading of a .docx that the import uses. mammoth hands its document tree to
 * `transformDocument`; these types name what it holds (see mammoth's lib/documents.js).
 */
export interface WordRun { type: 'run'; children: WordInline[]; isBold: boolean; isItalic: boolean; isAllCaps: boolean; styleName: string | null }
export interface WordText { type: 'text'; value: string }
export interface WordTab { type: 'tab' }
export interface WordBreak { type: 'break'; breakType: 'line' | 'page' | 'column' }
export interface WordHyperlink { type: 'hyperlink'; children: WordInline[]; href?: string; anchor?: string }
export interface WordNoteReference { type: 'noteReference'; noteType: 'footnote' | 'endnote'; noteId: string }
export interface WordImage { type: 'image'; altText?: string; contentType?: string; readAsBuffer(): Promise<Buffer> }
export interface WordOther { type: 'checkbox' | 'bookmarkStart' | 'commentReference' }
export type WordInline = WordRun | WordText | WordTab | WordBreak | WordHyperlink | WordNoteReference | WordImage | WordParagraph | WordOther;

export interface WordParagraph {
  type: 'paragraph';
  children: WordInline[];
  styleName: string | null;
  numbering: { level: string; isOrdered: boolean } | null;
}
export interface WordTableCell { type: 'tableCell'; children: WordBlock[] }
export interface WordTableRow { type: 'tableRow'; children: WordTableCell[]; isHeader: boolean }
export interface WordTable { type: 'table'; children: WordTableRow[] }
export type WordBlock = WordParagraph | WordTable;

export interface WordNote { noteType: string; noteId: string; body: WordBlock[] }
export interface WordDocument {
  blocks: WordBlock[];
  note(reference: WordNoteReference): WordNote | undefined;
}

interface MammothDocument { children: WordBlock[]; notes: { resolve(reference: WordNoteReference): WordNote } }

/** Reads the document's body and notes with mammoth, which also accepts tracked changes and reads fields' shown text. */
export async function readWordDocument(bytes: Buffer): Promise<WordDocument> {
  let tree: MammothDocument | undefined;
  await mammoth.convertToHtml({ buffer: bytes }, {
    transformDocument: (document: MammothDocument) => {
      tree = document;
      return document;
    },
  });
  const read = tree ?? { children: [], notes: { resolve: () => undefined as unknown as WordNote } };
  return {
    blocks: read.children.filter((block) => block.type === 'paragraph' || block.type === 'table'),
    note(reference) {
      try {
        return read.notes.resolve(reference);
      } catch {
        return undefined;
      }
    },
  };
}

/** A paragraph's words as Word shows them, tabs kept (a typed contents line is "Scope<tab>3"). */
export function paragraphText(paragraph: WordParagraph): string {
  return inlineText(paragraph.children);
}

function inlineText(inlines: readonly WordInline[]): string {
  return inlines
    .map((inline) => {
      if (inline.type === 'text') return inline.value;
      if (inline.type === 'tab') return '\t';
      if (inline.type === 'break' && inline.breakType === 'line') return '\n';
      if (inline.type === 'run' || inline.type === 'hyperlink') return inlineText(inline.children);
      return '';
    })
    .join('');
}

export function hasPageBreak(paragraph: WordParagraph): boolean {
  const breaks = (inlines: readonly WordInline[]): boolean =>
    inlines.some((inline) => (inline.type === 'break' && inline.breakType === 'page') || ((inline.type === 'run' || inline.type === 'hyperlink') && breaks(inline.children)));
  return breaks(paragraph.children);
}

/** Paragraphs inside a run are a text box's: mammoth reads them where the box is anchored. */
export function textBoxParagraphs(inlines: readonly WordInline[]): WordParagraph[] {
  return inlines.flatMap((inline) => {
    if (inline.type === 'paragraph') return [inline];
    if (inline.type === 'run' || inline.type === 'hyperlink') return textBoxParagraphs(inline.children);
    return [];
  });
}
