import type JSZip from 'jszip';
import { packagePart } from './word/word-package.ts';
import { attribute, child, childValue, descendants, parseWordXml, type WordElement } from './word/word-xml.ts';

/** Something in the Word file that a web page does not keep, and what the import did with it. */
export interface DroppedFeature {
  what: string;
  count: number;
  why: string;
}

/** Field codes that stand for links or the contents list, which the import handles itself. */
const HANDLED_FIELDS = new Set(['HYPERLINK', 'TOC', 'PAGEREF']);

function fieldCodes(body: WordElement): string[] {
  const instructions = [
    ...descendants(body, 'instrText').map((element) => element.textContent ?? ''),
    ...descendants(body, 'fldSimple').map((element) => attribute(element, 'instr') ?? ''),
  ];
  return instructions.map((instruction) => instruction.trim().split(/\s+/)[0]?.toUpperCase() ?? '').filter((code) => code !== '');
}

function isColoured(run: WordElement): boolean {
  const properties = child(run, 'rPr');
  const colour = childValue(properties, 'color');
  const shading = attribute(child(properties, 'shd'), 'fill');
  return (colour !== undefined && !/^(auto|000000)$/i.test(colour)) || child(properties, 'highlight') !== undefined || (shading !== undefined && !/^(auto|FFFFFF)$/i.test(shading));
}

/**
 * What the document holds that the page leaves out, counted from the package so the report can say
 * so: an owner must know that a tracked change was accepted or a comment not carried over.
 */
export async function droppedFeatures(zip: JSZip): Promise<DroppedFeature[]> {
  const body = parseWordXml((await packagePart(zip, 'word/document.xml')) ?? '<w:document/>');
  const codes = fieldCodes(body);
  const found: DroppedFeature[] = [
    { what: 'tracked insertions', count: descendants(body, 'ins').length, why: 'kept as if accepted: check the text is the approved version' },
    { what: 'tracked deletions', count: descendants(body, 'del').length, why: 'left out as if accepted: check the text is the approved version' },
    { what: 'comments', count: descendants(body, 'commentReference').length, why: 'comments are notes for editors, not policy text' },
    { what: 'text boxes', count: descendants(body, 'txbxContent').length, why: 'a text box floats beside the text, so its words have no place on the page; they are listed below for you to place' },
    { what: 'fields (dates, page numbers and the like)', count: codes.filter((code) => !HANDLED_FIELDS.has(code)).length, why: 'the page keeps the text Word last showed for them' },
    { what: 'Word tables of contents', count: codes.filter((code) => code === 'TOC').length, why: 'the page makes its own list of sections' },
    { what: 'headers and footers', count: Object.keys(zip.files).filter((name) => /^word\/(header|footer)\d*\.xml$/.test(name)).length, why: 'the page and its PDFs have their own' },
    { what: 'coloured or highlighted words', count: descendants(body, 'r').filter(isColoured).length, why: 'colour is not kept: if it meant something, say it in words' },
  ];
  return found.filter((feature) => feature.count > 0);
}

/** The words of each paragraph in a text box, without spaces, to take them out of the page's text. */
export async function textBoxParagraphKeys(zip: JSZip): Promise<Set<string>> {
  const body = parseWordXml((await packagePart(zip, 'word/document.xml')) ?? '<w:document/>');
  return new Set(descendants(body, 'txbxContent').flatMap((box) => descendants(box, 'p')).map((paragraph) => descendants(paragraph, 't').map((text) => text.textContent ?? '').join('').replace(/\s+/g, '')).filter(Boolean));
}
