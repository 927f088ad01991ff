import { easyReadRule } from '../rule.ts';
import { isPoint, POINT, type MarkdownNode } from '../text.ts';

/** Marks that plain-styling explains; they are not unknown components. */
const STYLING_ELEMENTS = new Set(['u', 'ins', 'i', 'em', 'b', 'strong', 's', 'del', 'strike', 'br']);
const BETWEEN_POINTS = new Set(['yaml', 'heading', 'thematicBreak']);

/**
 * Easy read puts a picture beside every idea, so every idea is written inside a Point. Headings
 * go between points. Nothing else is needed, so anything else is a mistake worth naming.
 */
export const ideaInPoint = easyReadRule({
  id: 'idea-in-point',
  summary: 'Every idea is inside a `<Point>`, so it has a picture beside it.',
  explanation: [
    'Readers use the picture to find and remember each idea.',
    'Write each idea between `<Point picture="…" alt="…">` and `</Point>`, with an empty line after the first and before the second.',
    'Headings (`## Heading`) go between points, never inside one. Easy read needs no other components and no imports.',
  ].join(' '),
  severity: 'error',
  examples: [
    {
      name: 'ok.mdx',
      source: [
        '## Your password',
        '',
        '<Point picture="locked" alt="A padlock">',
        '',
        'Keep your password secret.',
        '',
        '</Point>',
      ].join('\n'),
      messages: [],
    },
    {
      name: 'not-ok.mdx',
      source: [
        '## Your password',
        '',
        'Keep your password secret.',
        '',
        '<Point picture="locked" alt="A padlock">',
        '',
        '## Locking your screen',
        '',
        'Lock your screen when you leave your computer.',
        '',
        '</Point>',
        '',
        '<Box>Ask for help.</Box>',
      ].join('\n'),
      messages: [
        '3:1: These words are not in a point, so they have no picture. Put them between <Point picture="…" alt="…"> and </Point>',
        '7:1: A heading cannot go inside a point. Move it above the <Point> line',
        '13:1: Easy read does not know <Box>. Write each idea as <Point picture="…" alt="…">…</Point>',
      ],
    },
  ],
}, (tree, file) => {
  const check = (node: MarkdownNode, inPoint: boolean) => {
    const place = node.position;
    if (node.type === 'mdxjsEsm') {
      file.message('Easy read needs no import or export lines. Remove this line: <Point> is always there', { place });
      return;
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (isPoint(node) && inPoint) {
        file.message(`A point cannot go inside another point. End the first with </${POINT}> before the next one starts`, { place });
      } else if (!isPoint(node) && !STYLING_ELEMENTS.has(name.toLowerCase())) {
        file.message(`Easy read does not know <${name}>. Write each idea as <${POINT} picture="…" alt="…">…</${POINT}>`, { place });
        return;
      }
    } else if (node.type === 'heading' && inPoint) {
      file.message(`A heading cannot go inside a point. Move it above the <${POINT}> line`, { place });
      return;
    } else if (!inPoint && BETWEEN_POINTS.has(node.type)) {
      return;
    } else if (!inPoint && node.type !== 'root') {
      file.message(`These words are not in a point, so they have no picture. Put them between <${POINT} picture="…" alt="…"> and </${POINT}>`, { place });
      return;
    }
    for (const child of node.children ?? []) check(child, inPoint || isPoint(node));
  };
  check(tree, false);
});
