import { isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Problem } from '#src/policy/problem.ts';
import { yamlSyntaxProblems } from '#src/policy/yaml-syntax-problems.ts';

/**
 * A judgement list: questions as staff type them, each with the policy and the section ids that answer
 * it, one a line:
 *
 *   - [can i bring my union rep to the hearing, disciplinary, your-right-to-be-accompanied]
 *
 * Every message names the file and line, says what is wrong and shows what right looks like.
 */
export interface Judgement {
  question: string;
  /** The policy's folder under policies/, e.g. disciplinary */
  policy: string;
  /** Any of these section ids is a right answer. */
  sections: string[];
  line: number;
}

const EXAMPLE = '- [can i bring my union rep to the hearing, disciplinary, your-right-to-be-accompanied]';

export function readJudgementList(source: string, file: string): { judgements: Judgement[]; problems: Problem[] } {
  const lines = new LineCounter();
  const document = parseDocument(source, { lineCounter: lines, schema: 'failsafe' });
  const problems: Problem[] = yamlSyntaxProblems(document.errors, file, `Write one question a line, like ${EXAMPLE}`);
  if (problems.length > 0 || document.contents === null) return { judgements: [], problems };
  if (!isSeq(document.contents)) return { judgements: [], problems: [{ file, line: 1, message: `should list questions, one a line. Write them like ${EXAMPLE}` }] };
  const judgements: Judgement[] = [];
  const seen = new Map<string, number>();
  for (const item of document.contents.items) {
    const line = lines.linePos(isSeq(item) || isScalar(item) ? item.range?.[0] ?? 0 : 0).line;
    const parts = isSeq(item) ? item.items.map((part) => (isScalar(part) ? String(part.value).replace(/\s+/g, ' ').trim() : '')) : [];
    const [question = '', policy = '', sections = ''] = parts;
    if (parts.length !== 3 || question === '' || policy === '' || sections === '') {
      problems.push({ file, line, message: `should be a question, the policy's folder and the section ids that answer it, in square brackets. Write it like ${EXAMPLE}` });
      continue;
    }
    const key = question.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ file, line, message: `"${question}" is already on line ${first}. Give each question once, with all the sections that answer it` });
      continue;
    }
    seen.set(key, line);
    judgements.push({ question, policy, sections: sections.split(' ').filter(Boolean), line });
  }
  return { judgements, problems };
}
