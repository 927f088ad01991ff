import { POINT_PREAMBLE, renderPoint } from '#src/easy-read/pdf/easy-read-point.ts';
import { SEARCH_WORDS_COMPONENT } from '#src/policy/content-rules/index.ts';
import type { ComponentRenderer } from './policy-markup.ts';

/** How a PDF looks. Sizes in points, margins in centimetres. */
export interface PdfStyle {
  bodySize: number;
  /** Baseline to baseline, as a multiple of the text size (1.5 is what large print asks for). */
  lineSpacing: number;
  /** Space between paragraphs, as a multiple of the text size. */
  paragraphSpacing: number;
  /** The title, then sections (##), subsections (###) and anything deeper. */
  headingSizes: readonly [number, number, number, number];
  /** The running header and footer on every page. */
  furnitureSize: number;
  margins: { x: number; top: number; bottom: number };
  /** Large print avoids italics (UKAAF G003), so emphasis is bold there. */
  emphasis: 'italic' | 'bold';
  /** Whether the footer repeats the page's full address, or only says printed copies may be out of date. */
  footer: 'with-address' | 'short';
}

/**
 * One kind of PDF made for every policy. A new kind is one more entry in PDF_LAYOUTS: its file name,
 * the file it is made from (policies without that file are skipped), what kind of text that is, its
 * style, and a renderer for each MDX component its text uses (the easy read's picture-and-text point).
 */
export interface PdfLayout {
  id: string;
  /** What the download list calls it, e.g. "Large print PDF". */
  label: string;
  /** The file in the policy's folder the PDF is made from. */
  sourceFile: string;
  /**
   * A policy's own text opens with its details (version, status, owner, review); an easy read has
   * frontmatter of its own and opens by saying, in easy-read words, which version it explains.
   */
  kind: 'policy' | 'easy-read';
  fileName(policyId: string): string;
  style: PdfStyle;
  /** Typst put before the text, after the style: definitions its components call, and rules only this layout has. */
  preamble?: string;
  /** The most pages a PDF of this kind may have; a longer one stops the build, naming its file. */
  maxPages?: number;
  components: Readonly<Record<string, ComponentRenderer>>;
}

/** A section's search words (<SearchWords>) are for the search index only: a printout shows none of them. */
const POLICY_COMPONENTS: Readonly<Record<string, ComponentRenderer>> = { [SEARCH_WORDS_COMPONENT]: () => '' };

/** A4, a clear sans at 12 pt: the PDF people print or attach to an email. */
export const STANDARD_LAYOUT: PdfLayout = {
  id: 'standard',
  label: 'Standard PDF',
  sourceFile: 'index.mdx',
  kind: 'policy',
  fileName: (policyId) => `${policyId}-policy.pdf`,
  style: {
    bodySize: 12,
    lineSpacing: 1.4,
    paragraphSpacing: 0.9,
    headingSizes: [22, 16, 13.5, 12.5],
    furnitureSize: 9,
    margins: { x: 2.2, top: 2.5, bottom: 2.5 },
    emphasis: 'italic',
    footer: 'with-address',
  },
  components: POLICY_COMPONENTS,
};

/**
 * Large print as UKAAF's G003 describes it: A4, body 18 pt, line spacing
 * 1.5, left aligned and ragged right, no hyphenation, no italics, headings larger and bold, and
 * nothing smaller than 16 pt, page numbers included.
 */
export const LARGE_PRINT_LAYOUT: PdfLayout = {
  id: 'large-print',
  label: 'Large print PDF',
  sourceFile: 'index.mdx',
  kind: 'policy',
  fileName: (policyId) => `${policyId}-policy-large-print.pdf`,
  style: {
    bodySize: 18,
    lineSpacing: 1.5,
    paragraphSpacing: 1.1,
    headingSizes: [30, 24, 21, 19.5],
    furnitureSize: 16,
    margins: { x: 2, top: 3.4, bottom: 2.8 },
    emphasis: 'bold',
    footer: 'short',
  },
  components: POLICY_COMPONENTS,
};

/**
 * Easy read, from policies/<id>/easy-read.mdx: A4, body 18 pt (easy read
 * asks for at least 14 pt; 18 pt matches the large print), line spacing 1.5, left aligned, no hyphenation or
 * italics, and every point a row with its picture on the left. At most 24 pages, as easy read asks.
 */
export const EASY_READ_LAYOUT: PdfLayout = {
  id: 'easy-read',
  label: 'Easy read PDF',
  sourceFile: 'easy-read.mdx',
  kind: 'easy-read',
  fileName: (policyId) => `${policyId}-policy-easy-read.pdf`,
  style: {
    bodySize: 18,
    lineSpacing: 1.5,
    paragraphSpacing: 1,
    headingSizes: [30, 24, 21, 19.5],
    furnitureSize: 16,
    margins: { x: 2, top: 3.4, bottom: 2.8 },
    emphasis: 'bold',
    footer: 'short',
  },
  preamble: POINT_PREAMBLE,
  maxPages: 24,
  components: { Point: renderPoint },
};

export const PDF_LAYOUTS: readonly PdfLayout[] = [STANDARD_LAYOUT, LARGE_PRINT_LAYOUT, EASY_READ_LAYOUT];
