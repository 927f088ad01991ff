import { detailText, readFrontmatter } from './frontmatter.ts';

/**
 * The policies the site ships with, to show a Trust what it does, and which the project's tests build.
 * A folder is only taken for a sample when its title and summary are still the sample's, so a Trust's
 * own policy that took the same folder name (an imported "equality") is never taken for one.
 */
export const SAMPLE_POLICIES: readonly SamplePolicy[] = [
  { id: 'acceptable-use', title: 'Acceptable Use of Email, Intranet and Internet', summary: 'How staff must use the Trust\'s email, intranet, internet, devices and data so that pupils, colleagues, information and the Trust are kept safe.' },
  { id: 'code-of-conduct', title: 'Employee Code of Conduct', summary: 'Sets out the standards of behaviour the Trust expects of everyone who works in its schools and central team, in and outside work.' },
  { id: 'dignity-at-work', title: 'Dignity at Work: preventing bullying and harassment', summary: 'How the Trust prevents bullying, harassment and victimisation at work, and what to do if it happens to you or if a complaint is made about you.' },
  { id: 'disciplinary', title: 'Disciplinary Procedure', summary: 'How the Trust deals fairly with concerns about an employee\'s conduct, from informal action through formal warnings and dismissal to appeal.' },
  { id: 'equality', title: 'Equality Policy', summary: 'How the Trust meets its duties under the Equality Act 2010 as an employer and a public body, and what it expects of every member of staff.' },
  { id: 'social-media', title: 'Social Media Policy', summary: 'How employees should use social media, at work and in their own time, so that pupils, colleagues, the Trust and employees themselves are protected.' },
  { id: 'whistleblowing', title: 'Whistleblowing Procedure', summary: 'How to raise a concern about wrongdoing, danger or malpractice in the Trust, safely and in the right place, and how the Trust will protect you and deal with it.' },
];

export interface SamplePolicy { id: string; title: string; summary: string }

/** Whether a policy file in a sample's folder is still that sample: its title and summary are the sample's. */
export function isSampleSource(sample: SamplePolicy, source: string): boolean {
  const read = readFrontmatter(source);
  const data = read.ok ? read.frontmatter.data : undefined;
  return detailText(data, 'title') === sample.title && detailText(data, 'summary') === sample.summary;
}
