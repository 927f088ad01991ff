/**
 * A synthetic policy library for the benchmark: N policies with the shape of real ones (8 to 15
 * sections, lettered and bulleted lists, cross-references down to the section, an easy read, 1 to 4
 * versions in a real git history, valid frontmatter), the same for the same seed.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import GithubSlugger from 'github-slugger';

const run = promisify(execFile);

const WORDS = ('staff pupils parents trust school headteacher governors board policy procedure concern report manager '
  + 'safeguarding conduct equality data information device account meeting record review training support '
  + 'complaint investigation hearing appeal warning evidence decision colleague professional standards '
  + 'confidential personal social media online email internet phone access security password breach risk '
  + 'reasonable adjustment request leave absence health wellbeing behaviour expectation responsibility '
  + 'must should may will can always never promptly clearly fairly carefully within working days writing').split(' ');
const TOPICS = ['Attendance', 'Capability', 'Grievance', 'Lone Working', 'Data Protection', 'Recruitment', 'Pay', 'Appraisal',
  'Flexible Working', 'Sickness Absence', 'Health and Safety', 'Allegations', 'Gifts', 'Expenses', 'Travel', 'Retention',
  'Induction', 'Probation', 'Volunteers', 'Lettings', 'Charging', 'Complaints', 'Exclusions', 'Visits', 'Medicines'];

/** Mulberry32: small, fast and the same on every machine for the same seed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusOptions {
  policies: number;
  seed: number;
  /** Approximate words of text per policy. */
  words: number;
}

interface PlannedPolicy {
  id: string;
  title: string;
  headings: string[];
  slugs: string[];
  versions: number;
}

export function planCorpus(options: CorpusOptions): PlannedPolicy[] {
  const next = random(options.seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: options.policies }, (_, index) => {
    const number = String(index + 1).padStart(4, '0');
    const sectionCount = 8 + Math.floor(next() * 8);
    const headings = Array.from({ length: sectionCount }, (_, section) => {
      const words = Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(WORDS));
      return `${section === 0 ? 'Purpose and' : words[0]![0]!.toUpperCase() + words[0]!.slice(1)} ${words.slice(1).join(' ')}`;
    });
    const slugger = new GithubSlugger();
    return {
      id: `policy-${number}`,
      title: `${pick(TOPICS)} Policy ${number}`,
      headings,
      slugs: headings.map((heading) => slugger.slug(heading)),
      versions: 1 + Math.floor(next() * 4),
    };
  });
}

function sentence(next: () => number, length: number): string {
  const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]!);
  return `${words[0]![0]!.toUpperCase()}${words[0]!.slice(1)} ${words.slice(1).join(' ')}.`;
}

/** The file for one version of one policy; later versions change some of the words. */
export function policyFile(plan: readonly PlannedPolicy[], index: number, version: number, options: CorpusOptions): string {
  const policy = plan[index]!;
  const next = random(options.seed * 7919 + index * 31 + version);
  const textRandom = random(options.seed * 104729 + index);
  const wordsPerSection = Math.round(options.words / policy.headings.length);
  const sections = policy.headings.map((heading, section) => {
    const blocks: string[] = [`## ${heading}`];
    let written = 0;
    while (written < wordsPerSection) {
      const length = 12 + Math.floor(textRandom() * 14);
      // Each version rewrites a few sentences, so versions differ and comparisons have something to show.
      // The first version's sentence is always drawn, so the sentences after a rewritten one stay as they were.
      const first = sentence(textRandom, length);
      const text = next() < 0.08 * (version - 1) ? sentence(next, length) : first;
      blocks.push(text);
      written += length;
    }
    if (section === 2) {
      blocks.push(['A', 'B', 'C', 'D'].map((letter) => `${letter}. ${sentence(textRandom, 10).toLowerCase().replace(/\.$/, ', for example by:')}\n   - ${sentence(textRandom, 8)}\n   - ${sentence(textRandom, 9)}`).join('\n\n'));
    }
    if (section === 4) blocks.push(Array.from({ length: 4 }, () => `- ${sentence(textRandom, 10)}`).join('\n'));
    if (section % 3 === 1 && plan.length > 1) {
      const target = plan[(index + 1 + Math.floor(textRandom() * (plan.length - 1))) % plan.length]!;
      const slug = target.slugs[Math.floor(textRandom() * target.slugs.length)]!;
      blocks.push(`Read this with the [${target.title}](policy:${target.id}#${slug}) and [paragraph B](#paragraph-b).`);
    }
    return blocks.join('\n\n');
  });
  const versionNumber = (n: number) => `${n}.0`;
  const history = Array.from({ length: version }, (_, n) => version - n).map((n) =>
    `  - version: "${versionNumber(n)}"\n    date: ${2018 + n}-09\n    approvedBy: Trust Board\n    summary: Version ${n} approved after review.`);
  return [
    '---',
    `title: ${policy.title}`,
    `summary: How the Trust handles ${policy.title.toLowerCase()} matters, for all staff.`,
    'owner: Director of People',
    'status: approved',
    `version: "${versionNumber(version)}"`,
    'approvedBy: Trust Board',
    `approved: ${2018 + version}-09`,
    'reviewCycleMonths: 36',
    `nextReview: ${2021 + version}-09`,
    'category: Employment',
    'audience: [All staff]',
    'keywords: [benchmark]',
    'history:',
    ...history,
    '---',
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
}

/** Points written to pass the easy-read lint: short sentences, everyday words, a known picture each. */
const EASY_POINTS: readonly [picture: string, alt: string, text: string][] = [
  ['books', 'A pile of books', 'This policy tells you what to do at work.'],
  ['alarm-clock', 'An alarm clock', 'Read it when you start your job.'],
  ['adhesive-bandage', 'A plaster', 'Tell your manager if something goes wrong.'],
  ['balance-scale', 'A set of scales for the law', 'The Trust will treat you fairly.'],
  ['bar-chart', 'A bar chart', 'The Trust checks that the policy works.'],
  ['birthday-cake', 'A birthday cake', 'You can ask for help at any time.'],
];

/** The easy read for one policy: a heading and a point for each of a few sections. */
export function easyReadFile(plan: readonly PlannedPolicy[], index: number, version: number): string {
  const policy = plan[index]!;
  const points = policy.headings.slice(0, 6).map((heading, section) => {
    const [picture, alt, text] = EASY_POINTS[(index + section) % EASY_POINTS.length]!;
    return `## ${heading}\n\n<Point picture="${picture}" alt="${alt}">\n\n${text}\n\n</Point>`;
  });
  return ['---', `basedOnVersion: "${version}.0"`, 'checkedByReaders: not yet', '---', '', points.join('\n\n'), ''].join('\n');
}

async function git(cwd: string, args: string[], date?: string) {
  const when = date ? `${date}T12:00:00Z` : undefined;
  await run('git', args, {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.org', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.org', ...(when ? { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } : {}) },
  });
}

/**
 * Writes the corpus into `root/policies` as a git repository: one commit per round of approvals,
 * each round bringing every policy that has another version to its next one.
 */
export async function writeCorpus(root: string, options: CorpusOptions, onProgress: (message: string) => void = () => {}): Promise<PlannedPolicy[]> {
  const plan = planCorpus(options);
  await run('git', ['init', '--quiet', '--initial-branch=main'], { cwd: root });
  await writeFile(path.join(root, '.gitignore'), 'node_modules\ndist\n.astro\n');
  for (let round = 1; round <= 4; round++) {
    const due = plan.map((policy, index) => ({ policy, index })).filter(({ policy }) => policy.versions >= round);
    if (due.length === 0) break;
    for (const { policy, index } of due) {
      const file = path.join(root, 'policies', policy.id, 'index.mdx');
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, policyFile(plan, index, round, options));
      await writeFile(path.join(path.dirname(file), 'easy-read.mdx'), easyReadFile(plan, index, round));
    }
    await git(root, ['add', '--all']);
    await git(root, ['commit', '--quiet', '-m', `Approval round ${round}`], `${2018 + round}-09-15`);
    onProgress(`  committed round ${round}: ${due.length} policies`);
  }
  return plan;
}
