import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '#src/policy/problem.ts';
import { readJudgementList } from '../judgements/judgement-list.ts';
import { isHeldOutList, judgementListFiles } from '../judgements/judgement-list-files.ts';
import type { AnsweredQuestion } from './answered-questions.ts';

/**
 * The questions search learns from: every judgement list but the held-out ones, less questions about a
 * policy this site does not publish (a sample policy a trust has taken out, say). A list that cannot be
 * read is a problem with its file and line, as the judge reports it.
 */
export async function readAnsweredQuestions(root: string, policiesDir: string): Promise<{ questions: AnsweredQuestion[]; problems: Problem[] }> {
  const published = new Set((await readdir(policiesDir, { withFileTypes: true }).catch(() => [])).filter((entry) => entry.isDirectory()).map((entry) => entry.name));
  const questions: AnsweredQuestion[] = [];
  const problems: Problem[] = [];
  for (const file of (await judgementListFiles(root)).filter((each) => !isHeldOutList(each))) {
    const read = readJudgementList(await readFile(path.join(root, file), 'utf8'), file);
    problems.push(...read.problems);
    questions.push(...read.judgements.filter((judgement) => published.has(judgement.policy)));
  }
  return { questions, problems };
}
