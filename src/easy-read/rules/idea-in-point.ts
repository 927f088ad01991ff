import { easyReadRule } from '../rule.ts';
import { isPoint, POINT, type MarkdownNode } from '../text.ts';

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
    'Headings (`## Heading`) go between points, never inside one.',
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
      ].join('\n'),
      messages: [
        '3:1: These words are not in a point, so they have no picture. Put them between <Point picture="…" alt="…"> and </Point>',
        '7:1: A heading cannot go inside a point. Move it above the <Point> line',
      ],
    },
  ],
}, (tree, file) => {
  const check = (node: MarkdownNode, inPoint: boolean) => {
    const place = node.position;
    // Other components, formatting marks and imports are the content rules' business (src/policy/content-rules/).
    const isComponent = node.type === 'mdxjsEsm' || node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    if (isPoint(node) && inPoint) {
      file.message(`A point cannot go inside another point. End the first with </${POINT}> before the next one starts`, { place });
    } else if (!isComponent) {
      if (node.type === 'heading' && inPoint) {
        file.message(`A heading cannot go inside a point. Move it above the <${POINT}> line`, { place });
        return;
      }
      if (!inPoint && BETWEEN_POINTS.has(node.type)) return;
      if (!inPoint && node.type !== 'root') {
        file.message(`These words are not in a point, so they have no picture. Put them between <${POINT} picture="…" alt="…"> and </${POINT}>`, { place });
        return;
      }
    }
    for (const child of node.children ?? []) check(child, inPoint || isPoint(node));
  };
  check(tree, false);
});
