import { nodesOf, type ContentFinding, type ContentRule } from './content-rule.ts';

/**
 * Inline marks that change only how words look. They cannot run anything, so a file may use them,
 * without attributes; the easy-read rules say which of them an easy read should avoid.
 */
export const FORMATTING_ELEMENTS: readonly string[] = ['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'del', 'strike', 'br', 'sub', 'sup'];

/**
 * Angle-bracket tags in MDX are components, and a component (or an HTML tag with an attribute such
 * as onclick) can run code in a reader's browser. A file may use only the site's own components,
 * with plain "quoted" values, and the formatting marks above.
 */
export const allowedComponents: ContentRule = {
  id: 'allowed-components',
  summary: 'Only the site\'s own components, with "quoted" values, and simple formatting such as `<sub>` or `<br />`.',
  explanation: [
    'Write headings, lists, links, bold and italics in Markdown (`## Heading`, `- item`, `[words](address)`, `**bold**`, `*italic*`).',
    'An easy read writes each idea as `<Point picture="…" alt="…">`; a policy uses only `<SearchWords words="…" />`, the words staff search with for a section.',
    'A component\'s settings are always in double quotes, never in `{ }`.',
  ].join(' '),
  examples: [
    {
      name: 'ok.mdx',
      source: ['## Scope', '', 'This applies to all staff.<br />', 'It takes effect on 1<sup>st</sup> September.'].join('\n'),
      messages: [],
    },
    {
      name: 'not-ok.mdx',
      source: ['## Scope', '', '<div class="note">Read this first.</div>', '', 'Ask <b onclick="alert(1)">HR</b>.'].join('\n'),
      messages: [
        '3:1: A policy may not use <div>. Write it in Markdown: ## for a heading, - for a list, **bold**, *italic*, [words](address)',
        '5:5: <b> takes no settings here (onclick). Remove them: formatting marks are written plainly, like <b>',
      ],
    },
  ],
  check(tree, allowance) {
    const findings: ContentFinding[] = [];
    for (const node of nodesOf(tree)) {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') continue;
      const name = node.name ?? '';
      const attributes = node.attributes ?? [];
      const allowed = allowance.components[name];
      if (allowed === undefined && !FORMATTING_ELEMENTS.includes(name)) {
        findings.push({ node, severity: 'error', message: name === '' ? `A fragment (<>) is a component, and ${allowance.kind} uses none. ${allowance.componentHint}` : `${capitalise(allowance.kind)} may not use <${name}>. ${allowance.componentHint}` });
        continue;
      }
      if (allowed === undefined) {
        if (attributes.length > 0) {
          const names = attributes.map((attribute) => attribute.name ?? '{…}').join(', ');
          findings.push({ node, severity: 'error', message: `<${name}> takes no settings here (${names}). Remove them: formatting marks are written plainly, like <${name}>` });
        }
        continue;
      }
      for (const attribute of attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
          findings.push({ node, severity: 'error', message: `<${name}> has a setting in { }, which is code. Give each setting in double quotes, like ${example(name, allowed)}` });
        } else if (!allowed.includes(attribute.name)) {
          findings.push({ node, severity: 'error', message: `<${name}> has no setting called ${attribute.name}. It takes ${allowed.join(' and ')}, like ${example(name, allowed)}` });
        } else if (typeof attribute.value !== 'string') {
          findings.push({ node, severity: 'error', message: `<${name}>'s ${attribute.name} is in { }, which is code. Write it in double quotes, like ${attribute.name}="…"` });
        }
      }
    }
    return findings;
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function example(name: string, attributes: readonly string[]): string {
  return `<${name} ${attributes.map((attribute) => `${attribute}="…"`).join(' ')}>`;
}
