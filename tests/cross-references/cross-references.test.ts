import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backlinksByPolicy, brokenCrossReferences, linkTarget, resolvedHref, type OutlinedPolicy } from '#src/cross-references/cross-references.ts';
import { parsePolicyText } from '#src/policy/parse-policy-text.ts';
import { policyOutline } from '#src/cross-references/policy-outline.ts';
import { formatProblem } from '#src/policy/problem.ts';

function outlined(id: string, title: string, text: string): OutlinedPolicy {
  const parsed = parsePolicyText(`---\ntitle: ${title}\n---\n\n${text}`);
  assert.ok(parsed.ok, `${id} parses`);
  return { id, title, displayPath: `policies/${id}/index.mdx`, outline: policyOutline(parsed.tree) };
}

const whistleblowing = outlined('whistleblowing', 'Whistleblowing Procedure', [
  '## Raising a concern', 'Speak to your line manager.',
  '## Raising a concern outside the Trust {#outside-the-trust}', 'Contact a prescribed person.',
].join('\n\n'));
const socialMedia = outlined('social-media', 'Social Media Policy', [
  '## Scope', 'Read it with the [Whistleblowing Procedure](policy:whistleblowing).',
  '## Personal capacity', 'You must not:',
  'A. bring the Trust into disrepute;', 'B. breach confidentiality, see [raising a concern](policy:whistleblowing#raising-a-concern);',
  '## Libellous statements', 'Bear in mind the [procedure](../whistleblowing/index.mdx#outside-the-trust) and [paragraph A](#paragraph-a).',
].join('\n\n'));

test('the ways an owner can write a link to a policy all mean the same thing', () => {
  const expected = { kind: 'policy', id: 'whistleblowing', fragment: 'raising-a-concern' };
  assert.deepEqual(linkTarget('policy:whistleblowing#raising-a-concern'), expected);
  assert.deepEqual(linkTarget('../whistleblowing/index.mdx#raising-a-concern'), expected);
  assert.deepEqual(linkTarget('../whistleblowing/#raising-a-concern'), expected);
  assert.deepEqual(linkTarget('/policies/whistleblowing/#raising-a-concern'), expected);
  assert.deepEqual(linkTarget('policy:whistleblowing'), { kind: 'policy', id: 'whistleblowing', fragment: undefined });
  assert.deepEqual(linkTarget('#paragraph-c'), { kind: 'same-page', fragment: 'paragraph-c' });
  assert.deepEqual(linkTarget('https://www.gov.uk/'), { kind: 'other' });
  assert.deepEqual(linkTarget('mailto:hr@example.org'), { kind: 'other' });
});

test('a policy link resolves to the page under the base path', () => {
  const target = linkTarget('policy:whistleblowing#raising-a-concern');
  assert.equal(resolvedHref(target, '/'), '/policies/whistleblowing/#raising-a-concern');
  assert.equal(resolvedHref(target, '/policies-site/'), '/policies-site/policies/whistleblowing/#raising-a-concern');
  assert.equal(resolvedHref(linkTarget('policy:equality'), '/policies-site/'), '/policies-site/policies/equality/');
  assert.equal(resolvedHref(linkTarget('https://www.acas.org.uk/'), '/'), undefined);
});

test('sections are headings (pinned ids kept) and lettered paragraphs, with the ids the page gives them', () => {
  assert.deepEqual(whistleblowing.outline.sections.map((section) => section.id), ['raising-a-concern', 'outside-the-trust']);
  assert.deepEqual(socialMedia.outline.sections.map((section) => [section.id, section.label]), [
    ['scope', 'Scope'], ['personal-capacity', 'Personal capacity'], ['paragraph-a', 'Paragraph A'], ['paragraph-b', 'Paragraph B'],
    ['libellous-statements', 'Libellous statements'],
  ]);
});

test('good links, including links to pinned ids and to lettered paragraphs, have no problems', () => {
  assert.deepEqual(brokenCrossReferences([whistleblowing, socialMedia]), []);
});

test('a link to a missing policy or section names the file, line and column, and suggests the nearest', () => {
  const broken = outlined('equality', 'Equality Policy', [
    '## Aims', 'See the [procedure](policy:whistleblowng#raising-a-concern).',
    'And [this section](policy:whistleblowing#raising-concerns), [this one](policy:social-media#paragraph-f) and [here](#aim).',
    'And [nothing like it](policy:pensions).',
  ].join('\n\n'));
  assert.deepEqual(brokenCrossReferences([whistleblowing, socialMedia, broken]).map(formatProblem), [
    'policies/equality/index.mdx:7:9: the link to "policy:whistleblowng#raising-a-concern" points to a policy "whistleblowng" that does not exist. Did you mean policy:whistleblowing?',
    'policies/equality/index.mdx:9:5: the link to "policy:whistleblowing#raising-concerns" points to a section "raising-concerns" that the Whistleblowing Procedure does not have. Did you mean #raising-a-concern?',
    'policies/equality/index.mdx:9:61: the link to "policy:social-media#paragraph-f" points to a section "paragraph-f" that the Social Media Policy does not have. Did you mean #paragraph-a?',
    'policies/equality/index.mdx:9:109: the link to "#aim" points to a section "aim" that this policy does not have. Did you mean #aims?',
    'policies/equality/index.mdx:11:5: the link to "policy:pensions" points to a policy "pensions" that does not exist. The policies are: whistleblowing, social-media, equality.',
  ]);
});

test('backlinks say which policies, and which of their sections, refer to a policy', () => {
  const backlinks = backlinksByPolicy([whistleblowing, socialMedia]);
  assert.deepEqual(backlinks.get('whistleblowing'), [
    {
      from: { id: 'social-media', title: 'Social Media Policy' },
      sections: [{ id: 'scope', label: 'Scope' }, { id: 'personal-capacity', label: 'Personal capacity' }, { id: 'libellous-statements', label: 'Libellous statements' }],
    },
  ]);
  assert.equal(backlinks.get('social-media'), undefined, 'a link to itself is not a backlink');
});

test('text that MDX cannot read is explained with its line', () => {
  const parsed = parsePolicyText('---\ntitle: x\n---\n\nThe budget is {about 5%.\n');
  assert.equal(parsed.ok, false);
  assert.ok(!parsed.ok);
  assert.equal(parsed.line, 5);
  assert.match(parsed.message, /^the text cannot be read here: .*\{ \} and < > have special meanings/);
});
