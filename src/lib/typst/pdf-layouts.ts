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
 * One kind of PDF made for every policy. A new kind (easy read) is one more entry in PDF_LAYOUTS:
 * its file name, the file it is made from (`sourceFile: 'easy-read.mdx'`; policies without that file
 * are skipped), its style, and a renderer for each MDX component its text uses (a picture-and-text row).
 */
export interface PdfLayout {
  id: string;
  /** What the download list calls it, e.g. "Large print PDF". */
  label: string;
  /** The file in the policy's folder the PDF is made from. */
  sourceFile: string;
  fileName(policyId: string): string;
  style: PdfStyle;
  components: Readonly<Record<string, ComponentRenderer>>;
}

/** A4, a clear sans at 12 pt: the PDF people print or attach to an email. */
export const STANDARD_LAYOUT: PdfLayout = {
  id: 'standard',
  label: 'Standard PDF',
  sourceFile: 'index.mdx',
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
  components: {},
};

/**
 * Large print as UKAAF's G003 describes it (ACCESSIBILITY.md section 4): A4, body 18 pt, line spacing
 * 1.5, left aligned and ragged right, no hyphenation, no italics, headings larger and bold, and
 * nothing smaller than 16 pt, page numbers included.
 */
export const LARGE_PRINT_LAYOUT: PdfLayout = {
  id: 'large-print',
  label: 'Large print PDF',
  sourceFile: 'index.mdx',
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
  components: {},
};

export const PDF_LAYOUTS: readonly PdfLayout[] = [STANDARD_LAYOUT, LARGE_PRINT_LAYOUT];
