import { nodesOf, type ContentFinding, type ContentRule } from './content-rule.ts';

/** What a link in a policy may lead to. Anything else (javascript:, data:, file:…) could run code or reach into a reader's computer. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:', 'policy:']);

/** A relative address resolves against this, so an address that names no scheme of its own keeps this host. */
const PLACEHOLDER = new URL('https://relative.invalid/');

/**
 * Where an address leads, as a browser reads it: "relative" for a file or section of this site, else its
 * scheme. The WHATWG URL parser does what browsers do (it drops tabs and line breaks, so "java&#9;script:"
 * is still javascript:), which no hand-written check can promise.
 */
function destination(url: string): string | undefined {
  let resolved: URL;
  try {
    resolved = new URL(url, PLACEHOLDER);
  } catch {
    return undefined;
  }
  return resolved.host === PLACEHOLDER.host && resolved.protocol === PLACEHOLDER.protocol && !url.includes(PLACEHOLDER.host) ? 'relative' : resolved.protocol;
}

/**
 * A link is published on the intranet's own address, where a javascript: link would run with the
 * reader's access. Only web, email, phone, policy, relative and #section links are allowed; a plain
 * http: link to another site is allowed with a warning, because the reader's connection to it is not private.
 */
export const safeLinks: ContentRule = {
  id: 'safe-links',
  summary: 'Links lead to web pages, email addresses, phone numbers, other policies or sections, and pictures are files beside the policy: nothing else.',
  explanation: [
    'Links may start with `https://`, `http://`, `mailto:`, `tel:` or `policy:`, or be a section (`#scope`) or a file beside the policy.',
    'Addresses that run code or open files (`javascript:`, `data:`, `vbscript:`, `file:`) are refused.',
    'A link to another site that starts `http://` is allowed with a warning: use its `https://` address if it has one.',
  ].join(' '),
  examples: [
    {
      name: 'ok.mdx',
      source: ['## Help', '', 'Read the [Whistleblowing Procedure](policy:whistleblowing), [our guidance](https://www.gov.uk/), or email [HR](mailto:hr@example.org).'].join('\n'),
      messages: [],
    },
    {
      name: 'not-ok.mdx',
      source: ['## Help', '', '[Click here](javascript:alert(1)) or see [the old site](http://example.org/policies).'].join('\n'),
      messages: [
        '3:1: The link address "javascript:alert(1)" is not allowed: a link may start with https://, http://, mailto:, tel: or policy:, or be #section or a file beside the policy',
        '3:42: The link to "http://example.org/policies" is not private (http:). Use its https:// address if it has one',
      ],
    },
  ],
  check(tree) {
    const findings: ContentFinding[] = [];
    for (const node of nodesOf(tree)) {
      if ((node.type !== 'link' && node.type !== 'definition' && node.type !== 'image') || typeof node.url !== 'string') continue;
      const url = node.url;
      const leadsTo = url === '' ? 'relative' : destination(url);
      if (node.type === 'image') {
        if (leadsTo !== 'relative') findings.push({ node, severity: 'error', message: `The picture "${url}" is not a file beside the policy. Put the picture file in the policy's folder and write its name, like ![A description](picture.png): the site never loads pictures from elsewhere` });
      } else if (leadsTo === undefined || (leadsTo !== 'relative' && !SAFE_SCHEMES.has(leadsTo))) {
        findings.push({ node, severity: 'error', message: `The link address "${url}" is not allowed: a link may start with https://, http://, mailto:, tel: or policy:, or be #section or a file beside the policy` });
      } else if (leadsTo === 'http:') {
        findings.push({ node, severity: 'warning', message: `The link to "${url}" is not private (http:). Use its https:// address if it has one` });
      }
    }
    return findings;
  },
};
