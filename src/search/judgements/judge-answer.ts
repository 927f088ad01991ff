import type { AskSearch, SearchAnswer } from './ask-search-page.ts';
import type { Judgement } from './judgement-list.ts';
import type { PolicyPageOutline } from './policy-page-outline.ts';

/** What search put first for a question, and whether that is one of the sections that answer it. */
export interface JudgedQuestion extends SearchAnswer {
  judgement: Judgement;
  rightSection: boolean;
  rightPolicy: boolean;
}

/**
 * `base` is the site's base path, e.g. / or /policies-site/: a result's link starts with it. A link to a
 * lettered paragraph is in the right section when the paragraph comes under a wanted section
 * (`sectionOfParagraph`, from the wanted policy's page); a wanted paragraph must be that paragraph.
 */
export function judgeAnswer(judgement: Judgement, { first, status }: SearchAnswer, base: string, sectionOfParagraph: ReadonlyMap<string, string> = new Map()): JudgedQuestion {
  const [path = '', fragment = ''] = (first ?? '').split('#');
  const rightPolicy = path === `${base}policies/${judgement.policy}/`;
  const section = sectionOfParagraph.get(fragment);
  const inWanted = judgement.sections.includes(fragment) || (section !== undefined && judgement.sections.includes(section));
  return { judgement, first, status, rightPolicy, rightSection: rightPolicy && inWanted };
}

/** Asks each question in turn (the page answers one at a time) and judges its first result against the wanted policy's page. */
export async function judgeQuestions(judgements: readonly Judgement[], ask: AskSearch, base: string, outlineOf: (policy: string) => Promise<PolicyPageOutline | undefined>): Promise<JudgedQuestion[]> {
  const judged: JudgedQuestion[] = [];
  for (const judgement of judgements) judged.push(judgeAnswer(judgement, await ask(judgement.question), base, (await outlineOf(judgement.policy))?.sectionOfParagraph));
  return judged;
}

/** "wanted disciplinary#appeals or #appeal-hearing, got /policies/grievance/#…", or what the page said when it showed no result. */
export function describeMiss({ judgement, first, status }: JudgedQuestion): string {
  return `"${judgement.question}": wanted ${judgement.policy}#${judgement.sections.join(' or #')}, got ${first ?? `no result ("${status}")`}`;
}

export interface JudgementScore {
  asked: number;
  rightSection: number;
  rightPolicy: number;
  misses: JudgedQuestion[];
}

export function scoreJudgements(judged: readonly JudgedQuestion[]): JudgementScore {
  return {
    asked: judged.length,
    rightSection: judged.filter((question) => question.rightSection).length,
    rightPolicy: judged.filter((question) => question.rightPolicy).length,
    misses: judged.filter((question) => !question.rightSection),
  };
}

/** "63 of 70 right (90%); the right policy for 66" */
export function describeScore({ asked, rightSection, rightPolicy }: JudgementScore): string {
  const percent = asked === 0 ? 0 : Math.round((rightSection / asked) * 100);
  return `${rightSection} of ${asked} right (${percent}%); the right policy for ${rightPolicy}`;
}
