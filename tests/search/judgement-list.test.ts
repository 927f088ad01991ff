import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblem } from '#src/policy/problem.ts';
import { readJudgementList } from '#src/search/judgements/judgement-list.ts';
import { describeMiss, describeScore, judgeAnswer, scoreJudgements } from '#src/search/judgements/judge-answer.ts';
import { outlineOf } from '#src/search/judgements/policy-page-outline.ts';
import { parsePage } from '#src/checks/page-links.ts';

const FILE = 'tests/search/judgements.yaml';

test('a judgement list gives each question its policy, the sections that answer it and its line', () => {
  const { judgements, problems } = readJudgementList('# staff questions\n- [off sick again, code-of-conduct, attendance-and-timekeeping paragraph-b]\n- [sacked for a post, social-media, disciplinary-action]\n', FILE);
  assert.deepEqual(problems, []);
  assert.deepEqual(judgements, [
    { question: 'off sick again', policy: 'code-of-conduct', sections: ['attendance-and-timekeeping', 'paragraph-b'], line: 2 },
    { question: 'sacked for a post', policy: 'social-media', sections: ['disciplinary-action'], line: 3 },
  ]);
});

test('a line without its policy or section, a repeated question or unreadable YAML is named with file and line and an example', () => {
  const { problems } = readJudgementList('- [off sick again, code-of-conduct]\n- [sacked for a post, social-media, disciplinary-action]\n- [Sacked for a post, disciplinary, dismissal]\n- just a question\n', FILE);
  const lines = problems.map(formatProblem);
  assert.equal(lines.length, 3);
  assert.match(lines[0]!, /^tests\/search\/judgements\.yaml:1: should be a question, the policy's folder and the section ids that answer it, in square brackets\. Write it like - \[can i bring/);
  assert.match(lines[1]!, /^tests\/search\/judgements\.yaml:3: "Sacked for a post" is already on line 2/);
  assert.match(lines[2]!, /^tests\/search\/judgements\.yaml:4: should be a question/);
  assert.match(formatProblem(readJudgementList('- [off sick, code-of-conduct\n', FILE).problems[0]!), /^tests\/search\/judgements\.yaml:\d+: this line cannot be read/);
  assert.match(formatProblem(readJudgementList('off sick: code-of-conduct\n', FILE).problems[0]!), /should list questions, one a line/);
});

test('a first result is right only at one of the wanted sections of the wanted policy, under the site base', () => {
  const judgement = { question: 'off sick', policy: 'code-of-conduct', sections: ['attendance-and-timekeeping', 'paragraph-b'], line: 1 };
  const judged = [
    judgeAnswer(judgement, { first: '/policies-site/policies/code-of-conduct/#paragraph-b', status: '2 results.' }, '/policies-site/'),
    judgeAnswer(judgement, { first: '/policies-site/policies/code-of-conduct/#gifts-and-hospitality', status: '2 results.' }, '/policies-site/'),
    judgeAnswer(judgement, { first: '/policies-site/policies/code-of-conduct/easy-read/#paragraph-b', status: '2 results.' }, '/policies-site/'),
    judgeAnswer(judgement, { first: null, status: 'Search is not working at the moment.' }, '/policies-site/'),
  ];
  assert.deepEqual(judged.map(({ rightSection, rightPolicy }) => [rightSection, rightPolicy]), [[true, true], [false, true], [false, false], [false, false]]);
  assert.equal(describeScore(scoreJudgements(judged)), '1 of 4 right (25%); the right policy for 2');
  assert.equal(describeMiss(judged[3]!), '"off sick": wanted code-of-conduct#attendance-and-timekeeping or #paragraph-b, got no result ("Search is not working at the moment.")');
});

const PAGE = parsePage(`<main><h1 id="top">Code of Conduct</h1>
  <h2 id="safeguarding">Safeguarding</h2><p>Text.</p>
  <h2 id="professional-boundaries">Professional boundaries</h2>
  <ol><li id="paragraph-a">A. Do not give pupils lifts.</li><li id="paragraph-b">B. Do not hug a pupil.</li></ol>
  <p id="after-paragraph-b">After the list.</p>
  <h2 id="gifts">Gifts</h2><h3 id="small-gifts">Small gifts</h3><p id="paragraph-a-2">A. A box of chocolates.</p></main>`);

test('a built page\'s outline gives each lettered paragraph the heading it comes under', () => {
  const outline = outlineOf(PAGE);
  assert.deepEqual([...outline.sectionOfParagraph], [['paragraph-a', 'professional-boundaries'], ['paragraph-b', 'professional-boundaries'], ['paragraph-a-2', 'small-gifts']]);
  assert.ok(outline.ids.has('safeguarding') && outline.ids.has('after-paragraph-b'));
});

test('a lettered paragraph of a wanted section is in the right section; a wanted paragraph must be that one', () => {
  const { sectionOfParagraph } = outlineOf(PAGE);
  const bySection = { question: 'can i hug a pupil', policy: 'code-of-conduct', sections: ['professional-boundaries'], line: 1 };
  const byParagraph = { ...bySection, sections: ['paragraph-b'] };
  const answer = (fragment: string) => ({ first: `/policies/code-of-conduct/#${fragment}`, status: '2 results.' });
  const right = (judgement: typeof bySection, fragment: string) => judgeAnswer(judgement, answer(fragment), '/', sectionOfParagraph).rightSection;
  assert.equal(right(bySection, 'paragraph-b'), true);
  assert.equal(right(bySection, 'paragraph-a-2'), false, 'a paragraph of another section');
  assert.equal(right(byParagraph, 'paragraph-a'), false, 'another paragraph of the same section');
  assert.equal(right(byParagraph, 'professional-boundaries'), false, 'the section when one paragraph is wanted');
  assert.equal(judgeAnswer(bySection, { first: '/policies/code-of-conduct/easy-read/#paragraph-b', status: '2 results.' }, '/', sectionOfParagraph).rightSection, false, 'the easy read');
});
