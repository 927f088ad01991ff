import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicyText } from '#src/policy/parse-policy-text.ts';
import { CONTENT_RULES, contentProblems, POLICY_CONTENT } from '#src/policy/content-rules/index.ts';
import type { ContentNode } from '#src/policy/content-rules/content-rule.ts';
import { formatProblem } from '#src/policy/problem.ts';
import { decodeText } from '#src/policy/text-file.ts';
import { EASY_READ_CONTENT } from '#src/easy-read/easy-read-source.ts';

const FILE = 'policies/pay/index.mdx';

function tree(source: string) {
  const parsed = parsePolicyText(source);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.message);
  return parsed.tree;
}

const messages = (source: string, allowance = POLICY_CONTENT) => contentProblems(FILE, tree(source), allowance).map(formatProblem);

for (const rule of CONTENT_RULES) {
  test(`${rule.id}: its ok example passes and its not-ok example gives exactly the messages it documents`, () => {
    assert.ok(rule.examples.some((example) => example.name === 'ok.mdx' && example.messages.length === 0));
    assert.ok(rule.examples.some((example) => example.name === 'not-ok.mdx' && example.messages.length > 0));
    for (const example of rule.examples) {
      const found = rule.check(tree(example.source) as unknown as ContentNode, POLICY_CONTENT)
        .map((finding) => `${finding.node.position?.start.line}:${finding.node.position?.start.column}: ${finding.message}`);
      assert.deepEqual(found, example.messages, example.name);
    }
  });
}

test('a message names the file, line and column, what to do, the rule and where it is explained', () => {
  assert.deepEqual(messages('## Scope\n\nSee {1 + 1}.\n'), [
    `${FILE}:3:5: error: Curly brackets { } run code in a policy file. To show them as written, put a backslash before each: \\{ and \\}. [no-code: CONTRIBUTING.md#policy-file-no-code]`,
  ]);
});

test('code in any form is refused: exports, expressions in text, in blocks, in component settings and spread settings', () => {
  const source = [
    'export const x = 1',
    '',
    '{process.exit(1)}',
    '',
    '<Point picture={name} alt="A phone" {...rest}>',
    '',
    'Text.',
    '',
    '</Point>',
  ].join('\n');
  const found = contentProblems(FILE, tree(source), EASY_READ_CONTENT).map((problem) => `${problem.line}:${problem.ruleId}`);
  assert.deepEqual(found, ['1:no-code', '3:no-code', '5:allowed-components', '5:allowed-components']);
});

test('what owners use keeps working: pinned heading ids, escaped brackets, notes in comments, formatting marks', () => {
  assert.deepEqual(messages('## Raising a concern {#raising-concerns}\n\nWrite \\{ and \\< as text. {/* A note for editors. */}\n\nH<sub>2</sub>O, 1<sup>st</sup>, a line<br />break.\n'), []);
});

test('an easy read may use its Point with quoted settings, and nothing else', () => {
  assert.deepEqual(contentProblems(FILE, tree('<Point picture="mobile-phone" alt="A phone">\n\nText.\n\n</Point>\n'), EASY_READ_CONTENT), []);
  assert.deepEqual(contentProblems(FILE, tree('<Box>Text.</Box>\n'), EASY_READ_CONTENT).map((problem) => problem.message), [
    'An easy read may not use <Box>. Write each idea as <Point picture="…" alt="…">…</Point>',
  ]);
  assert.deepEqual(contentProblems(FILE, tree('<Point picture="phone" size="big">\n\nText.\n\n</Point>\n'), EASY_READ_CONTENT).map((problem) => problem.message), [
    '<Point> has no setting called size. It takes picture and alt, like <Point picture="…" alt="…">',
  ]);
  assert.deepEqual(messages('<Point picture="phone" alt="A phone">\n\nText.\n\n</Point>\n').map((line) => line.split(': error: ')[1]), [
    'A policy may not use <Point>. Write it in Markdown: ## for a heading, - for a list, **bold**, *italic*, [words](address). [allowed-components: CONTRIBUTING.md#policy-file-allowed-components]',
  ]);
});

test('links that could run code or reach a reader\'s files are refused however they are written', () => {
  const hostile = ['javascript:alert(1)', 'JavaScript:alert(1)', 'java%0ascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'blob:https://x.example/1'];
  for (const url of hostile) {
    const found = contentProblems(FILE, tree(`[Click](${url})\n`));
    const refused = found.some((problem) => problem.ruleId === 'safe-links' && problem.severity === 'error');
    // java%0ascript: is not a scheme at all (the URL parser reads it as a relative path), so it is harmless.
    assert.equal(refused, url !== 'java%0ascript:alert(1)', url);
  }
  const tab = contentProblems(FILE, tree('[Click](java&#9;script:alert(1))\n[Ref][r]\n\n[r]: data:text/html,hi\n'));
  assert.deepEqual(tab.map((problem) => `${problem.line}:${problem.severity}`), ['1:error', '4:error']);
});

test('web, email, phone, policy, section and relative links pass; plain http: to another site is a warning', () => {
  const ok = ['https://www.gov.uk/', 'mailto:hr@example.org', 'tel:+441234567890', 'policy:whistleblowing#raising-a-concern', '#scope', 'guidance.pdf', '../pay/', '//www.gov.uk/'];
  for (const url of ok) assert.deepEqual(contentProblems(FILE, tree(`[Go](${url})\n`)), [], url);
  assert.deepEqual(contentProblems(FILE, tree('[Old site](http://example.org/)\n')).map((problem) => problem.severity), ['warning']);
});

test('a picture is a file beside the policy: never an address elsewhere, which would be a request to another site', () => {
  assert.deepEqual(contentProblems(FILE, tree('![A chart](chart.png)\n')), []);
  for (const url of ['https://example.org/chart.png', 'data:image/png;base64,AAAA']) {
    assert.equal(contentProblems(FILE, tree(`![A chart](${url})\n`))[0]?.severity, 'error', url);
  }
});

test('a file saved in a Windows encoding is refused with its line and how to fix it; a byte-order mark and Windows line endings are fine', () => {
  const windows1252 = Buffer.concat([Buffer.from('---\r\ntitle: Pay\r\n---\r\n\r\nThe Trust'), Buffer.from([0x92]), Buffer.from('s policy costs \r\n'), Buffer.from([0xa3]), Buffer.from('5.\r\n')]);
  const refused = decodeText(FILE, windows1252);
  assert.ok(!refused.ok);
  assert.equal(formatProblem(refused.problem).split('. To fix it')[0], `${FILE}:5: is not saved as UTF-8, so characters such as ’ “ ” – or £ would come out wrong (the first is on this line)`);
  assert.match(refused.problem.message, /GitHub's editor.*UTF-8.*Notepad.*Word/s);
  const utf8 = decodeText(FILE, Buffer.from('\uFEFF---\r\ntitle: Pay\r\n---\r\n\r\nThe Trust’s policy costs £5.\r\n'));
  assert.ok(utf8.ok);
  assert.ok(utf8.text.startsWith('---'), 'the byte-order mark is dropped');
});
