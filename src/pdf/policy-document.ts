import type { PolicyStatus } from '#src/policy/policy-schema.ts';
import { formatPolicyDate, type PolicyDate } from '#src/policy/policy-date.ts';
import { isInForce } from '#src/policy/policy-status.ts';
import { approvalText, STATUS_BANNERS, STATUS_MARKS } from '#src/policy/policy-wording.ts';
import { escapeMarkup, typstString } from './escape.ts';
import { PDF_FONT_FAMILY } from './fonts.ts';
import type { PdfLayout, PdfStyle } from './pdf-layouts.ts';

/** What a PDF says about its policy, besides the text. */
export interface PrintedPolicy {
  title: string;
  summary: string;
  version: string;
  status: PolicyStatus;
  statusLabel: string;
  owner: string;
  approvedBy: string | undefined;
  approvedText: string | undefined;
  reviewText: string;
  keywords: readonly string[];
  /** The Trust: the PDF's author. */
  trustName: string;
  /** The policy page's full address, where the current version always is. */
  pageUrl: string;
  /** The day the PDF was made, YYYY-MM-DD (the build date, so a PDF is the same all day on every machine). */
  madeOn: string;
}

/** A policy that is not in force says so on every page, and in words at the top of its text. */
function statusMark(status: PolicyStatus): { mark: string; notice: string } | undefined {
  const mark = STATUS_MARKS[status];
  const notice = STATUS_BANNERS[status]?.printed;
  return isInForce(status) || !mark || !notice ? undefined : { mark, notice };
}

/**
 * A complete Typst document for one policy in one layout, around the policy's text (policy-markup.ts).
 * An easy read opens with its title only: what it says about the policy is part of its text (policy-pdf-source.ts).
 */
export function policyDocument(policy: PrintedPolicy, layout: PdfLayout, body: string): string {
  const opening = layout.kind === 'easy-read' ? `#heading(level: 1)[${escapeMarkup(policy.title)}]` : frontMatter(policy);
  return [preamble(policy, layout.style), ...(layout.preamble ? [layout.preamble] : []), opening, body].join('\n\n') + '\n';
}

/** "2026-11-25" as a Typst date, so the PDF's dates never come from the clock of the machine. */
export function typstDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `datetime(year: ${year}, month: ${month}, day: ${date})`;
}

function preamble(policy: PrintedPolicy, style: PdfStyle): string {
  const keywords = policy.keywords.length === 0 ? '()' : `(${policy.keywords.map(typstString).join(', ')},)`;
  const status = statusMark(policy.status);
  const mark = status ? `#box(stroke: 1.5pt, inset: (x: 0.35em, y: 0.3em))[#strong[${escapeMarkup(status.mark)}]] #h(0.5em) ` : '';
  const running = escapeMarkup(`${policy.title}, version ${policy.version}, ${policy.statusLabel.toLowerCase()}`);
  const notice = style.footer === 'with-address'
    ? escapeMarkup(`Printed copies may be out of date: the current version is at ${policy.pageUrl}`)
    : escapeMarkup('Printed copies may be out of date.');
  // Only the page number is in `context`: the rest of the footer is the same on every page, so Typst
  // lays it out once and reuses it (a footer wholly in context took a quarter of each PDF's time).
  return `#set document(
  title: ${typstString(policy.title)},
  author: ${typstString(policy.trustName)},
  description: ${typstString(policy.summary)},
  keywords: ${keywords},
  date: ${typstDate(policy.madeOn)},
)
${textSettings(style)}
#set page(
  paper: "a4",
  margin: (x: ${style.margins.x}cm, top: ${style.margins.top}cm, bottom: ${style.margins.bottom}cm),
  header: [
    #set text(size: ${style.furnitureSize}pt)
    #set par(leading: 0.25em)
    ${mark}${running}
  ],
  footer: [
    #set text(size: ${style.furnitureSize}pt)
    #set par(leading: 0.25em)
    #place(right + top)[Page #context counter(page).display("1 of 1", both: true)]
    #block(width: 100% - 8em)[${notice}]
  ],
)
${blockStyles(style)}`;
}

/** The font, size, spacing and language of a layout's text: set before the page, so its header and footer share them. */
export function textSettings(style: PdfStyle): string {
  const leading = (style.lineSpacing - 1).toFixed(3);
  return `#set text(font: ${typstString(PDF_FONT_FAMILY)}, fallback: false, lang: "en", region: "GB", size: ${style.bodySize}pt, hyphenate: false, top-edge: 1em, bottom-edge: "baseline")
#set par(justify: false, leading: ${leading}em, spacing: ${style.paragraphSpacing}em)`;
}

/** How a layout shows headings, lists, tables, footnotes and emphasis. */
export function blockStyles(style: PdfStyle): string {
  const [title, section, subsection, deeper] = style.headingSizes;
  return `#show heading: set text(weight: "bold")
#show heading: set block(above: 1.4em, below: 0.7em)
#show heading.where(level: 1): set text(size: ${title}pt)
#show heading.where(level: 2): set text(size: ${section}pt)
#show heading.where(level: 3): set text(size: ${subsection}pt)
#show heading.where(level: 4): set text(size: ${deeper}pt)
#show heading.where(level: 5): set text(size: ${deeper}pt)
#show heading.where(level: 6): set text(size: ${deeper}pt)
#set list(marker: ([•], [–]), indent: 0.4em, body-indent: 0.6em)
#set enum(indent: 0.2em, body-indent: 0.6em)
#show link: underline
#show raw: set text(font: ${typstString(PDF_FONT_FAMILY)}, size: 1em)
#set table(inset: 0.45em, stroke: 0.75pt)
#show table.cell.where(y: 0): set text(weight: "bold")
#show footnote.entry: set text(size: ${style.emphasis === 'bold' ? '1em' : '0.85em'})${style.emphasis === 'bold' ? '\n#show emph: it => strong(it.body)' : ''}`;
}

function frontMatter(policy: PrintedPolicy): string {
  const status = statusMark(policy.status);
  const details: [string, string][] = [
    ['Version', policy.version],
    ['Status', policy.statusLabel],
    ...(policy.approvedText
      ? [['Approved', approvalText(policy.approvedBy, policy.approvedText)] as [string, string]]
      : []),
    ['Owner', policy.owner],
    ['Next review', policy.reviewText],
  ];
  const madeOn = formatPolicyDate(policy.madeOn as PolicyDate);
  return [
    `#heading(level: 1)[${escapeMarkup(policy.title)}]`,
    escapeMarkup(policy.summary),
    ...(status ? [`#block(stroke: 2pt, inset: 0.8em, width: 100%)[#strong[${escapeMarkup(`${status.mark}.`)}] ${escapeMarkup(status.notice)}]`] : []),
    details.map(([label, value]) => `#strong[${escapeMarkup(`${label}:`)}] ${escapeMarkup(value)}`).join(' #linebreak()\n'),
    `${escapeMarkup(`This copy was made on ${madeOn}. Printed copies may be out of date: the current version is at`)} #link(${typstString(policy.pageUrl)})[${escapeMarkup(policy.pageUrl)}]\\.`,
  ].join('\n\n');
}
