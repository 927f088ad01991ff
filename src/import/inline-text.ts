import type { PhrasingContent } from 'mdast';
import type { Conversion } from './conversion.ts';
import { paragraphText, type WordInline } from './word/word-document.ts';
import { convertBlocks } from './policy-body.ts';

const PICTURE_EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/svg+xml': 'svg', 'image/webp': 'webp' };

/** Links a policy may hold: the content rules refuse anything else. */
const SAFE_LINK = /^(https?:|mailto:|tel:)/i;

interface Style { bold: boolean; italic: boolean }

function styled(nodes: PhrasingContent[], style: Style): PhrasingContent[] {
  let wrapped = nodes;
  if (style.italic) wrapped = [{ type: 'emphasis', children: wrapped }];
  if (style.bold) wrapped = [{ type: 'strong', children: wrapped }];
  return wrapped;
}

/** Word's runs, as Markdown's phrasing: bold and italic, links, footnotes, pictures, line breaks. */
export function convertInlines(inlines: readonly WordInline[], conversion: Conversion, style: Style = { bold: false, italic: false }): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  for (const inline of inlines) {
    switch (inline.type) {
      case 'text':
        nodes.push(...styled([{ type: 'text', value: inline.value }], style));
        break;
      case 'tab':
        nodes.push({ type: 'text', value: ' ' });
        break;
      case 'break':
        if (inline.breakType === 'line') nodes.push({ type: 'break' });
        break;
      case 'run':
        nodes.push(...convertInlines(inline.children, conversion, { bold: inline.isBold, italic: inline.isItalic }));
        break;
      case 'hyperlink': {
        const children = convertInlines(inline.children, conversion, style);
        if (inline.href && SAFE_LINK.test(inline.href)) {
          nodes.push({ type: 'link', url: inline.href, children });
        } else {
          const words = inline.children.map((child) => (child.type === 'run' ? paragraphText({ type: 'paragraph', children: [child], styleName: null, numbering: null }) : '')).join('');
          if (!inline.anchor?.startsWith('_Toc')) conversion.notes.push(`The link "${words}" led ${inline.anchor ? 'to a place inside the Word document' : `to "${inline.href ?? ''}", which a policy page may not link to`}; its words are kept without the link`);
          nodes.push(...children);
        }
        break;
      }
      case 'noteReference': {
        const identifier = `${inline.noteType === 'endnote' ? 'end' : ''}${inline.noteId}`;
        const note = conversion.document.note(inline);
        if (note && !conversion.footnotes.some((footnote) => footnote.identifier === identifier)) {
          conversion.footnotes.push({ type: 'footnoteDefinition', identifier, label: identifier, children: convertBlocks(note.body, conversion) as never });
        }
        nodes.push({ type: 'footnoteReference', identifier, label: identifier });
        break;
      }
      case 'image': {
        const extension = PICTURE_EXTENSIONS[inline.contentType ?? ''] ?? 'png';
        const file = `picture-${conversion.pictures.length + 1}.${extension}`;
        const alt = (inline.altText ?? '').replace(/\s+/g, ' ').trim();
        conversion.pictures.push({ file, alt, read: () => inline.readAsBuffer() });
        nodes.push({ type: 'image', url: file, alt });
        break;
      }
      case 'paragraph':
        conversion.textBoxWords.push(paragraphText(inline).trim());
        break;
      default:
        break;
    }
  }
  return tidy(nodes);
}

/**
 * Joins what Word split into runs ("Emp" + "loyees" as two runs is common) and moves spaces out of
 * bold and italic, where Markdown would not read `** bold**` as bold.
 */
function tidy(nodes: PhrasingContent[]): PhrasingContent[] {
  const joined: PhrasingContent[] = [];
  for (const node of nodes) {
    const previous = joined.at(-1);
    if (previous?.type === 'text' && node.type === 'text') previous.value += node.value;
    else if (previous && (previous.type === 'strong' || previous.type === 'emphasis') && previous.type === node.type) previous.children = tidy([...previous.children, ...(node as typeof previous).children]);
    else joined.push(node);
  }
  const spaced = joined.flatMap((node): PhrasingContent[] => {
    if (node.type !== 'strong' && node.type !== 'emphasis') return [node];
    const first = node.children[0];
    const last = node.children.at(-1);
    const before = first?.type === 'text' ? /^\s*/.exec(first.value)![0] : '';
    const after = last?.type === 'text' ? /\s*$/.exec(last.value)![0] : '';
    if (first?.type === 'text') first.value = first.value.slice(before.length);
    if (last?.type === 'text') last.value = last.value.slice(0, last.value.length - after.length);
    const inner = node.children.filter((child) => child.type !== 'text' || child.value !== '');
    return [
      ...(before ? [{ type: 'text', value: before } as const] : []),
      ...(inner.length > 0 ? [{ ...node, children: inner }] : []),
      ...(after ? [{ type: 'text', value: after } as const] : []),
    ];
  });
  const result: PhrasingContent[] = [];
  for (const node of spaced) {
    const previous = result.at(-1);
    if (previous?.type === 'text' && node.type === 'text') previous.value += node.value;
    else result.push(node);
  }
  return result;
}
