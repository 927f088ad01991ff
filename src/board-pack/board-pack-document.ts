import { formatPolicyDate, type PolicyDate } from '#src/policy/policy-date.ts';
import type { PdfStyle } from '#src/pdf/pdf-layouts.ts';
import { blockStyles, textSettings, typstDate } from '#src/pdf/policy-document.ts';
import { escapeMarkup, typstString } from '#src/pdf/escape.ts';
import { CHANGE_KIND_LABELS, type PackPolicy } from './board-pack-plan.ts';
import { MARK_WORDS, wholeBlockWords } from './change-marks.ts';
import { changedDetails, changesSince, proposedDetails } from './changed-details.ts';

/** Printed on every page: the pack is for a decision, and nothing in it is in force yet. */
export const PACK_MARK = 'Draft for approval';

export interface BoardPack {
  /** The meeting, as the clerk wrote it: "Trust Board, 26 November 2026". */
  meeting?: string | undefined;
  /** YYYY-MM-DD */
  madeOn: string;
  trustName: string;
  /** What the proposed versions are compared with, in words: "the main branch". */
  comparedWith: string;
  style: PdfStyle;
  sections: readonly { policy: PackPolicy; text: string; marked: boolean }[];
}

const text = escapeMarkup;

/** The pack's title, also the PDF's title. */
export function packTitle(meeting: string | undefined): string {
  return meeting ? `Policies for approval: ${meeting.trim()}` : 'Policies for approval';
}

/** "1.0 (now draft 0.2)" for a draft, which is numbered on approval; otherwise the version. */
function proposedText(policy: PackPolicy): string {
  return policy.proposedVersion === policy.data.version ? policy.proposedVersion : `${policy.proposedVersion} (now draft ${policy.data.version})`;
}

/** The whole pack as one Typst document: a cover with the list of policies, then each policy from a new page. */
export function boardPackDocument(pack: BoardPack): string {
  return [preamble(pack), cover(pack), ...pack.sections.map((section) => policySection(section))].join('\n\n') + '\n';
}

function preamble(pack: BoardPack): string {
  const { style } = pack;
  const title = packTitle(pack.meeting);
  // Each policy leaves a marker where it starts; the header names the policy of the latest marker on or
  // before its page (every policy starts on a new page), and the cover, before any, names the pack.
  return `#set document(
  title: ${typstString(title)},
  author: ${typstString(pack.trustName)},
  description: ${typstString(`Policies for the meeting to approve, with the changes marked. ${PACK_MARK}.`)},
  date: ${typstDate(pack.madeOn)},
)
${textSettings(style)}
#set page(
  paper: "a4",
  margin: (x: ${style.margins.x}cm, top: ${style.margins.top}cm, bottom: ${style.margins.bottom}cm),
  header: context {
    set text(size: ${style.furnitureSize}pt)
    set par(leading: 0.25em)
    let starts = query(<pack-policy>).filter(marker => marker.location().page() <= here().page())
    if starts.len() > 0 { starts.last().value } else { ${typstString(title)} }
  },
  footer: [
    #set text(size: ${style.furnitureSize}pt)
    #set par(leading: 0.25em)
    #place(right + top)[Page #context counter(page).display("1 of 1", both: true)]
    #block(width: 100% - 8em)[#strong[${text(PACK_MARK)}]${pack.meeting ? text(`: ${pack.meeting.trim()}`) : ''}]
  ],
)
${blockStyles(style)}`;
}

function cover(pack: BoardPack): string {
  const rows = pack.sections.map(({ policy }) => [
    policy.data.title,
    policy.data.owner,
    policy.current ? policy.current.version : 'None',
    policy.kind === 'withdrawn' ? 'None (withdrawn)' : proposedText(policy),
    CHANGE_KIND_LABELS[policy.kind],
  ].map((cell) => `[${text(cell)}]`).join(', '));
  const heads = ['Policy', 'Owner', 'Current version', 'Proposed version', 'Change'].map((head) => `[${text(head)}]`).join(', ');
  const madeOn = formatPolicyDate(pack.madeOn as PolicyDate);
  const newBlock = wholeBlockWords('paragraph', 'added');
  const removedBlock = wholeBlockWords('paragraph', 'removed');
  const count = pack.sections.length === 1 ? 'One policy is' : `${pack.sections.length} policies are`;
  return [
    `#heading(level: 1)[${text(packTitle(pack.meeting))}]`,
    `#block(stroke: 2pt, inset: 0.8em, width: 100%)[#strong[${text(`${PACK_MARK}.`)}] ${text('Nothing in this pack is in force until the meeting approves it and the approval is recorded.')}]`,
    [
      ...(pack.meeting ? [`#strong[${text('Meeting:')}] ${text(pack.meeting.trim())}`] : []),
      `#strong[${text('Made on:')}] ${text(madeOn)}`,
      `#strong[${text('Compared with:')}] ${text(pack.comparedWith)}`,
    ].join(' #linebreak()\n'),
    text(`${count} for approval.`),
    `#table(columns: 5, align: left, table.header(${heads}), ${rows.join(', ')})`,
    `#heading(level: 2)[${text('How the changes are marked')}]`,
    `#list(tight: false, [${text(`Inserted words are underlined, between ${MARK_WORDS.inserted.start} and ${MARK_WORDS.inserted.end}.`)}], [${text(`Deleted words are struck through, between ${MARK_WORDS.deleted.start} and ${MARK_WORDS.deleted.end}.`)}], [${text(`A whole new paragraph, heading or list item starts with ${newBlock.start} and ends with ${newBlock.end}; one taken out starts with ${removedBlock.start} and ends with ${removedBlock.end}. Both have a line in the margin.`)}], [${text('A new policy is shown whole: all its words are new.')}])`,
    text('The words in square brackets are part of the printed page, so the changes read the same in black and white and to a screen reader. Links are shown as their words.'),
  ].join('\n\n');
}

function policySection({ policy, text: body, marked }: BoardPack['sections'][number]): string {
  const { data } = policy;
  const lines: string[] = [
    '#pagebreak(weak: true)',
    `#metadata(${typstString(data.title)}) <pack-policy>`,
    `#heading(level: 1)[${text(data.title)}]`,
    `#strong[${text(headline(policy))}]`,
    [`#strong[${text('Owner:')}] ${text(data.owner)}`, `#strong[${text('File:')}] ${text(policy.displayPath)}`].join(' #linebreak()\n'),
    text(data.summary),
    `#heading(level: 2)[${text('Summary of changes')}]`,
    historyList(policy),
    `#heading(level: 2)[${text(policy.kind === 'new' ? 'Details' : 'Changed details')}]`,
    detailsList(policy),
  ];
  if (policy.kind === 'withdrawn') {
    lines.push(text(`If the meeting agrees, version ${policy.current?.version ?? data.version} will no longer be in force. Its text stays readable on the site for reference.`));
    return lines.join('\n\n');
  }
  lines.push(`#block(stroke: 1.5pt, inset: 0.8em, width: 100%)[${text(textIntroduction(policy, marked))}]`, body);
  return lines.join('\n\n');
}

function headline(policy: PackPolicy): string {
  if (policy.kind === 'new') return `New policy, proposed as version ${proposedText(policy)}.`;
  if (policy.kind === 'withdrawn') return `Proposed for withdrawal (version ${policy.current?.version ?? policy.data.version}).`;
  return `Revised: version ${policy.current?.version} to version ${proposedText(policy)}.`;
}

function textIntroduction(policy: PackPolicy, marked: boolean): string {
  if (policy.kind === 'new') return 'New policy: the whole text below is new.';
  if (marked) return `The proposed text, with the changes from version ${policy.current?.version} marked.`;
  return `The proposed text, in full. The text of version ${policy.current?.version} is not in the repository's history, so the changes cannot be marked.`;
}

function historyList(policy: PackPolicy): string {
  const entries = changesSince(policy.data.history, policy.kind === 'new' ? undefined : policy.current?.version);
  if (entries.length === 0) return text('The history gives no summary of these changes.');
  return `#list(tight: false, ${entries.map((entry) => `[${text(`Version ${entry.version}, ${formatPolicyDate(entry.date)}: ${entry.summary}`)}]`).join(', ')})`;
}

function detailsList(policy: PackPolicy): string {
  if (policy.kind === 'new' || policy.current?.source === undefined) {
    const details = proposedDetails(policy.data);
    return `#list(tight: true, ${details.map((detail) => `[#strong[${text(`${detail.label}:`)}] ${text(detail.value)}]`).join(', ')})`;
  }
  const changes = changedDetails(policy.current.source, policy.data);
  if (changes.length === 0) return text('No details changed, apart from the version and its status.');
  return `#list(tight: true, ${changes.map((change) => `[#strong[${text(`${change.label}:`)}] ${text(`was ${change.was}; proposed ${change.proposed}`)}]`).join(', ')})`;
}
