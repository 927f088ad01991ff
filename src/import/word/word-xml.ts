import { DOMParser, type Element } from '@xmldom/xmldom';

/** WordprocessingML's namespace: every element of a .docx body is in it. */
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export type WordElement = Element;

export function parseWordXml(xml: string): WordElement {
  return new DOMParser().parseFromString(xml, 'text/xml').documentElement as unknown as WordElement;
}

/** Every element with this name below `element`, at any depth, in document order. */
export function descendants(element: WordElement, name: string): WordElement[] {
  return Array.from(element.getElementsByTagNameNS(W, name));
}

export function child(element: WordElement | undefined, name: string): WordElement | undefined {
  if (!element) return undefined;
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 1 && (node as WordElement).localName === name && (node as WordElement).namespaceURI === W) return node as WordElement;
  }
  return undefined;
}

export function attribute(element: WordElement | undefined, name: string): string | undefined {
  return element?.getAttributeNS(W, name) ?? undefined;
}

/** `<w:numFmt w:val="upperLetter"/>` inside `element`: "upperLetter". */
export function childValue(element: WordElement | undefined, name: string): string | undefined {
  return attribute(child(element, name), 'val');
}

export function isInside(node: WordElement, name: string, stop: WordElement): boolean {
  for (let parent = node.parentNode; parent && parent !== stop; parent = parent.parentNode) {
    if ((parent as WordElement).localName === name) return true;
  }
  return false;
}
