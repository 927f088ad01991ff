import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A line of text as a reader sees it on a page, with its size and where it sits. */
export interface PdfLine {
  text: string;
  /** Font size in points. */
  size: number;
  /** Distance of the baseline from the bottom of the page, in points. */
  y: number;
  /** Running header or footer (marked as an artifact, so a screen reader skips it). */
  artifact: boolean;
}

export interface PdfPage {
  lines: PdfLine[];
  /** Everything on the page, header and footer included, as one line of text. */
  allText: string;
  /** Links on the page, by the address they open. */
  links: string[];
  /** The roles at the top of the page's structure tree (Document, H1, P, L…), depth first. */
  roles: string[];
  /** Alt text of the figures tagged on the page. */
  figureAlts: string[];
}

export interface ParsedPdf {
  info: Record<string, unknown>;
  xmp: string;
  marked: boolean;
  displayDocTitle: boolean;
  /** Bookmark titles, depth first. */
  bookmarks: string[];
  fonts: { name: string; embedded: boolean }[];
  pages: PdfPage[];
  /**
   * The tagged text of every page in order, without headers and footers, spaces collapsed and one line
   * per printed line. Search it with indexOfText: a PDF does not say whether a line ended at a space or
   * inside a word such as "school/Trust".
   */
  text: string;
}

interface TextItem { str: string; transform: number[]; fontName: string; hasEOL: boolean }
interface MarkedItem { type: 'beginMarkedContent' | 'beginMarkedContentProps' | 'endMarkedContent'; tag?: string }
interface StructNode { role?: string; alt?: string; children?: StructNode[] }
interface OutlineNode { title: string; items: OutlineNode[] }

/** Parses a PDF back with pdf.js (Mozilla's reader), the way a PDF reader or screen reader would see it. */
export async function readPdf(bytes: Uint8Array): Promise<ParsedPdf> {
  const task = getDocument({ data: new Uint8Array(bytes), fontExtraProperties: true, verbosity: 0 });
  const document = await task.promise;
  try {
    const metadata = await document.getMetadata();
    const markInfo = (await document.getMarkInfo()) as Map<string, unknown> | Record<string, unknown> | null;
    const preferences = (await document.getViewerPreferences()) as Map<string, unknown> | Record<string, unknown> | null;
    const outline = ((await document.getOutline()) ?? []) as OutlineNode[];
    const fonts = new Map<string, boolean>();
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      await page.getOperatorList();
      const content = await page.getTextContent({ includeMarkedContent: true });
      for (const fontName of Object.keys(content.styles)) {
        const font = page.commonObjs.get(fontName) as { name: string; missingFile: boolean };
        fonts.set(font.name, !font.missingFile);
      }
      const annotations = (await page.getAnnotations()) as { subtype: string; url?: string }[];
      const tree = (await page.getStructTree()) as StructNode | null;
      pages.push({
        lines: linesOf(content.items as (TextItem | MarkedItem)[]),
        allText: (content.items as (TextItem | MarkedItem)[]).map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('').replace(/\s+/g, ' ').trim(),
        links: annotations.filter((annotation) => annotation.subtype === 'Link' && annotation.url).map((annotation) => annotation.url!),
        roles: rolesOf(tree),
        figureAlts: figureAlts(tree),
      });
    }
    return {
      info: metadata.info as Record<string, unknown>,
      xmp: (metadata.metadata as { getRaw(): string } | null)?.getRaw() ?? '',
      marked: read(markInfo, 'Marked') === true,
      displayDocTitle: read(preferences, 'DisplayDocTitle') === true,
      bookmarks: flatten(outline),
      fonts: [...fonts].map(([name, embedded]) => ({ name, embedded })),
      pages,
      text: pages.flatMap((page) => page.lines.filter((line) => !line.artifact).map((line) => line.text)).join('\n'),
    };
  } finally {
    await task.destroy();
  }
}

/** Where `wanted` is in text read from a PDF, from `from` on, taking each line break as a space or as nothing; -1 if absent. */
export function indexOfText(text: string, wanted: string, from = 0): number {
  const pattern = [...wanted.replace(/\s+/g, ' ')]
    .map((character) => (character === ' ' ? '[ \\n]' : `${character.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n?`))
    .join('');
  const match = new RegExp(pattern, 'gu');
  match.lastIndex = from;
  return match.exec(text)?.index ?? -1;
}

/** Whether text read from a PDF holds `wanted`, line breaks aside. */
export function hasText(text: string, wanted: string): boolean {
  return indexOfText(text, wanted) !== -1;
}

function read(source: Map<string, unknown> | Record<string, unknown> | null, key: string): unknown {
  if (!source) return undefined;
  return source instanceof Map ? source.get(key) : source[key];
}

/** Joins pdf.js's text pieces into lines, noting which sit inside an Artifact (header, footer). */
function linesOf(items: readonly (TextItem | MarkedItem)[]): PdfLine[] {
  const lines: PdfLine[] = [];
  const open: (string | undefined)[] = [];
  let current: PdfLine | undefined;
  const finish = () => {
    if (current && current.text.trim() !== '') lines.push({ ...current, text: current.text.replace(/\s+/g, ' ').trim() });
    current = undefined;
  };
  for (const item of items) {
    if ('type' in item) {
      if (item.type === 'endMarkedContent') open.pop();
      else open.push(item.tag);
      continue;
    }
    const artifact = open.includes('Artifact');
    const size = Math.hypot(item.transform[0]!, item.transform[1]!);
    const y = item.transform[5]!;
    if (current && (Math.abs(current.y - y) > 0.5 || current.artifact !== artifact)) finish();
    if (item.str !== '') {
      current ??= { text: '', size, y, artifact };
      current.text += item.str;
      current.size = Math.max(current.size, size);
    }
    if (item.hasEOL && current) current.text += ' ';
  }
  finish();
  return lines;
}

function rolesOf(tree: StructNode | null): string[] {
  const roles: string[] = [];
  const visit = (node: StructNode) => {
    if (node.role && node.role !== 'Root') roles.push(node.role);
    for (const child of node.children ?? []) visit(child);
  };
  if (tree) visit(tree);
  return roles;
}

function figureAlts(tree: StructNode | null): string[] {
  const alts: string[] = [];
  const visit = (node: StructNode) => {
    if (node.role === 'Figure' && node.alt !== undefined) alts.push(node.alt);
    for (const child of node.children ?? []) visit(child);
  };
  if (tree) visit(tree);
  return alts;
}

function flatten(outline: readonly OutlineNode[]): string[] {
  return outline.flatMap((node) => [node.title, ...flatten(node.items)]);
}
