import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { PolicyStatus } from '#src/policy/policy-schema.ts';
import { EASY_READ_WORDS, PAGE_PICTURES, type EasyReadStatus } from '../easy-read-status.ts';
import { PICTURE_SET } from '../pictures.ts';
import { POINT } from '../text.ts';
import { formatPolicyDate, type PolicyDate } from '#src/policy/policy-date.ts';

/** The picture beside "this copy was made on…", which only a printed copy needs. */
export const PRINTED_COPY_PICTURE = { name: 'printer', alt: 'A printer' } as const;

export interface EasyReadAbout {
  /** The policy's title, e.g. Social Media Policy. */
  title: string;
  policyStatus: PolicyStatus;
  status: EasyReadStatus;
  /** The full policy's page, as a full address: a printed copy has nowhere else to point. */
  policyUrl: string;
  /** YYYY-MM-DD */
  madeOn: string;
}

/**
 * What the top of an easy-read PDF says, as the easy-read page does (EasyReadAbout.astro), as points
 * of the easy read itself so it looks the same and is escaped and checked the same way: which policy
 * and version it explains with the full policy's address, whether the policy has changed since, a
 * draft or withdrawn policy, whether readers have checked it, and the day the copy was made.
 */
export function easyReadIntroduction(about: EasyReadAbout): RootContent[] {
  const { status } = about;
  const { policy, changed, draft, checked, notChecked } = PAGE_PICTURES;
  const [changedTitle, changedDetail] = EASY_READ_WORDS.changed(status);
  const notInForce = about.policyStatus === 'draft' ? EASY_READ_WORDS.draft : about.policyStatus === 'withdrawn' ? EASY_READ_WORDS.withdrawn : undefined;
  return [
    { type: 'heading', depth: 2, children: [text('About this easy read')] },
    point(policy, [
      paragraph(text(EASY_READ_WORDS.explains(about.title, status.explains))),
      paragraph(text(`Read the full ${about.title} on the website: `), link(about.policyUrl)),
    ]),
    ...(status.upToDate ? [] : [point(changed, [paragraph({ type: 'strong', children: [text(changedTitle)] }), paragraph(text(changedDetail))])]),
    ...(notInForce ? [point(draft, notInForce.map((words) => paragraph(text(words))))] : []),
    point(status.checked ? checked : notChecked, [paragraph(text(status.checkedText))]),
    point(PRINTED_COPY_PICTURE, [
      paragraph(text(`This copy was made on ${formatPolicyDate(about.madeOn as PolicyDate)}. The policy may change after that day.`)),
      paragraph(text('The website always has the newest version.')),
    ]),
  ];
}

/** OpenMoji's licence (CC BY-SA 4.0) asks for this credit wherever its pictures are shown, printed copies too. */
export function pictureCredit(): RootContent[] {
  return [paragraph(
    text(`The pictures are emojis designed by ${PICTURE_SET.name}, ${PICTURE_SET.description}: `),
    link(PICTURE_SET.url),
    text(`. Licence: ${PICTURE_SET.licence}, `),
    link(PICTURE_SET.licenceUrl),
    text('.'),
  )];
}

function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

/** A link whose words are its address, so a printed copy shows where it goes. */
function link(url: string): PhrasingContent {
  return { type: 'link', url, children: [text(url)] };
}

/** A <Point> as the MDX parser gives it; mdast's own types do not know MDX elements. */
function point(picture: { name: string; alt: string }, children: Paragraph[]): RootContent {
  const attributes = [
    { type: 'mdxJsxAttribute', name: 'picture', value: picture.name },
    { type: 'mdxJsxAttribute', name: 'alt', value: picture.alt },
  ];
  return { type: 'mdxJsxFlowElement', name: POINT, attributes, children } as unknown as RootContent;
}
