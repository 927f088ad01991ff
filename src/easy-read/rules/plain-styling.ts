import { capitalRuns, isCapitalBlock } from '../capitals.ts';
import { easyReadRule } from '../rule.ts';
import { SourceLines, textBlocks, type MarkdownNode } from '../text.ts';

const UNDERLINE = new Set(['u', 'ins']);
const ITALIC = new Set(['i', 'em']);
const CROSSED_OUT = new Set(['s', 'del', 'strike']);

/** Italics, underlining, crossed-out words and blocks of capitals are all harder to read than plain text. */
export const plainStyling = easyReadRule({
  id: 'plain-styling',
  summary: 'No italics, underlining, crossed-out words or blocks of capitals.',
  explanation: [
    'Slanted letters, underlining and capitals change the shape of words, which makes them harder to recognise.',
    'Underlined words also look like links. Write words plainly; to make a word stand out, use bold (`**word**`).',
  ].join(' '),
  severity: 'error',
  examples: [
    {
      name: 'ok.mdx',
      source: [
        '<Point picture="no-entry" alt="A no entry sign">',
        '',
        'You must **not** share your password.',
        '',
        '</Point>',
      ].join('\n'),
      messages: [],
    },
    {
      name: 'not-ok.mdx',
      source: [
        '<Point picture="no-entry" alt="A no entry sign">',
        '',
        'You must *not* share your password.',
        '',
        'You must <u>never</u> share it. DO NOT write it down.',
        '',
        '</Point>',
      ].join('\n'),
      messages: [
        '3:10: Italics are hard to read. Remove the * or _ around "not"; to make it stand out, use bold (**not**)',
        '5:10: Underlined words are hard to read and look like links. Remove <u> and </u> around "never"',
        '5:33: Words in capitals are hard to read. Write "DO NOT" in small letters; to make it stand out, use bold',
      ],
    },
  ],
}, (tree, file) => {
  const lines = new SourceLines(String(file.value));
  const visit = (node: MarkdownNode) => {
    const name = (node.name ?? '').toLowerCase();
    const isJsx = node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
    const words = plainWords(node);
    if (node.type === 'emphasis' || (isJsx && ITALIC.has(name))) {
      const marks = isJsx ? `<${node.name}> and </${node.name}>` : 'the * or _';
      file.message(`Italics are hard to read. Remove ${marks} around "${words}"; to make it stand out, use bold (**${words}**)`, { place: node.position });
    } else if (isJsx && UNDERLINE.has(name)) {
      file.message(`Underlined words are hard to read and look like links. Remove <${node.name}> and </${node.name}> around "${words}"`, { place: node.position });
    } else if (node.type === 'delete' || (isJsx && CROSSED_OUT.has(name))) {
      file.message(`Crossed-out words are hard to read. Delete "${words}", or write it plainly`, { place: node.position });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  for (const block of textBlocks(tree)) {
    for (const run of capitalRuns(block.text).filter(isCapitalBlock)) {
      const from = run[0]!.index;
      const last = run.at(-1)!;
      const to = last.index + last.word.length;
      file.message(`Words in capitals are hard to read. Write "${block.text.slice(from, to)}" in small letters; to make it stand out, use bold`, { place: lines.span(block, from, to) });
    }
  }
});

function plainWords(node: MarkdownNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(plainWords).join('');
}
