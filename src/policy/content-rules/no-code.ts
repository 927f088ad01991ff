import { nodesOf, type ContentFinding, type ContentRule } from './content-rule.ts';

/** `{/* a note *\/}`: an MDX comment, which holds no code and shows nothing. */
function isOnlyComment(code: string): boolean {
  const trimmed = code.trim();
  return trimmed.startsWith('/*') && trimmed.endsWith('*/') && trimmed.indexOf('*/') === trimmed.length - 2;
}

/** MDX takes any line starting with the word import or export for code, a sentence too ("export of data outside the UK…"). */
const ESM_MESSAGE = 'A line that starts with "import" or "export" is code, and a policy file may not run code. If it is code, remove it and write what it was for as text; if it is a sentence, start it with a capital letter ("Export of …") or reword its start';

/**
 * MDX lets a file run JavaScript: `import` and `export` lines, and anything in curly brackets. A
 * policy file is reviewed by its owners, not by developers, so none of it may ever run: each is
 * refused before the site is built, and nothing in the file is evaluated.
 */
export const noCode: ContentRule = {
  id: 'no-code',
  summary: 'A policy file holds text, never code: no `import` or `export` lines, and nothing in `{ }`.',
  explanation: [
    'MDX, the format of policy files, can run JavaScript while the site is built. Nothing in a policy file is allowed to.',
    'To show curly brackets as they are, put a backslash before each: `\\{` and `\\}`.',
    'A note for other editors, which the page does not show, is written `{/* like this */}`.',
  ].join(' '),
  examples: [
    {
      name: 'ok.mdx',
      source: ['## Scope', '', 'Staff may claim \\{travel\\} costs. {/* Checked with HR in May. */}'].join('\n'),
      messages: [],
    },
    {
      name: 'not-ok.mdx',
      source: ['import data from "./data.js"', '', '## Scope', '', 'The limit is {data.limit} pounds.'].join('\n'),
      messages: [
        `1:1: ${ESM_MESSAGE}`,
        '5:14: Curly brackets { } run code in a policy file. To show them as written, put a backslash before each: \\{ and \\}',
      ],
    },
  ],
  check(tree) {
    const findings: ContentFinding[] = [];
    for (const node of nodesOf(tree)) {
      if (node.type === 'mdxjsEsm') {
        findings.push({ node, severity: 'error', message: ESM_MESSAGE });
      } else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isOnlyComment(String(node.value ?? ''))) {
        findings.push({ node, severity: 'error', message: 'Curly brackets { } run code in a policy file. To show them as written, put a backslash before each: \\{ and \\}' });
      }
    }
    return findings;
  },
};
