import type JSZip from 'jszip';
import { packagePart } from './word-package.ts';
import { attribute, child, childValue, descendants, isInside, parseWordXml, type WordElement } from './word-xml.ts';

/** A numbered paragraph of document.xml as Word shows it: its text, and its letter when Word letters it. */
export interface NumberedParagraph {
  /** The paragraph's text without spaces, to find it again in the converter's reading. */
  key: string;
  /** "C" when Word shows this paragraph as "C." (upperLetter or lowerLetter numbering). */
  letter?: string;
}

interface Level { format: string; start: number }

function readDefinitions(xml: string | undefined): Map<string, Map<number, Level>> {
  const levels = new Map<string, Map<number, Level>>();
  if (!xml) return levels;
  const root = parseWordXml(xml);
  const abstract = new Map<string, Map<number, Level>>();
  for (const definition of descendants(root, 'abstractNum')) {
    const byLevel = new Map<number, Level>();
    for (const level of descendants(definition, 'lvl')) {
      byLevel.set(Number(attribute(level, 'ilvl') ?? 0), { format: childValue(level, 'numFmt') ?? 'decimal', start: Number(childValue(level, 'start') ?? 1) });
    }
    abstract.set(attribute(definition, 'abstractNumId') ?? '', byLevel);
  }
  for (const num of descendants(root, 'num')) {
    const byLevel = new Map(abstract.get(childValue(num, 'abstractNumId') ?? '') ?? []);
    for (const override of descendants(num, 'lvlOverride')) {
      const start = childValue(override, 'startOverride');
      const level = Number(attribute(override, 'ilvl') ?? 0);
      const current = byLevel.get(level);
      if (start !== undefined && current) byLevel.set(level, { ...current, start: Number(start) });
    }
    levels.set(attribute(num, 'numId') ?? '', byLevel);
  }
  return levels;
}

/** Paragraph styles that carry numbering (Word's "List Bullet", a Trust's own lettered style). */
function readStyleNumbering(xml: string | undefined): Map<string, { numId: string; level: number }> {
  const found = new Map<string, { numId: string; level: number }>();
  if (!xml) return found;
  const basedOn = new Map<string, string>();
  const own = new Map<string, { numId: string | undefined; level: number }>();
  for (const style of descendants(parseWordXml(xml), 'style')) {
    const id = attribute(style, 'styleId') ?? '';
    const parent = childValue(style, 'basedOn');
    if (parent) basedOn.set(id, parent);
    const numPr = child(child(style, 'pPr') ?? style, 'numPr');
    if (numPr) own.set(id, { numId: childValue(numPr, 'numId'), level: Number(childValue(numPr, 'ilvl') ?? 0) });
  }
  for (const id of new Set([...own.keys(), ...basedOn.keys()])) {
    let current: string | undefined = id;
    for (let depth = 0; current && depth < 10; depth++, current = basedOn.get(current)) {
      const numbering = own.get(current);
      if (numbering?.numId) {
        found.set(id, { numId: numbering.numId, level: numbering.level });
        break;
      }
    }
  }
  return found;
}

/** The text Word shows for a paragraph, as the converter reads it: deleted text left out. */
function paragraphKey(paragraph: WordElement): string {
  return descendants(paragraph, 't').filter((text) => !isInside(text, 'del', paragraph)).map((text) => text.textContent ?? '').join('').replace(/\s+/g, '');
}


const LETTER_FORMATS = new Set(['upperLetter', 'lowerLetter']);

function letterFor(count: number): string | undefined {
  return count >= 1 && count <= 26 ? String.fromCharCode(64 + count) : undefined;
}

/**
 * Every numbered paragraph of the document in order, counting as Word counts (per list, a deeper
 * level starting again after a shallower one), so a paragraph Word shows as "C." is known to be C.
 * The converter hides the numbering's format, so this is read from the package itself.
 */
export async function numberedParagraphs(zip: JSZip): Promise<NumberedParagraph[]> {
  const documentXml = await packagePart(zip, 'word/document.xml');
  if (!documentXml) return [];
  const definitions = readDefinitions(await packagePart(zip, 'word/numbering.xml'));
  const styles = readStyleNumbering(await packagePart(zip, 'word/styles.xml'));
  const counters = new Map<string, number[]>();
  const numbered: NumberedParagraph[] = [];
  for (const paragraph of descendants(parseWordXml(documentXml), 'p')) {
    const properties = child(paragraph, 'pPr');
    const numPr = properties ? child(properties, 'numPr') : undefined;
    const style = styles.get(childValue(properties, 'pStyle') ?? '');
    const numId = childValue(numPr, 'numId') ?? style?.numId;
    if (!numId || numId === '0') continue;
    const level = Number(childValue(numPr, 'ilvl') ?? style?.level ?? 0);
    const definition = definitions.get(numId)?.get(level);
    const counts = counters.get(numId) ?? [];
    counts[level] = (counts[level] ?? (definition?.start ?? 1) - 1) + 1;
    counts.length = level + 1;
    counters.set(numId, counts);
    const letter = definition && LETTER_FORMATS.has(definition.format) ? letterFor(counts[level]!) : undefined;
    numbered.push({ key: paragraphKey(paragraph), ...(letter ? { letter } : {}) });
  }
  return numbered;
}
