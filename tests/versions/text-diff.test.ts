import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changedBlockCount, compareTexts } from '#src/versions/text-diff.ts';
import { parsePolicyText } from '#src/policy/parse-policy-text.ts';
import { sectionChanges } from '#src/publish/section-changes.ts';

function tree(text: string) {
  const parsed = parsePolicyText(text);
  assert.ok(parsed.ok);
  return parsed.tree;
}

test('a changed paragraph is compared word by word; unchanged blocks stay as they were', () => {
  const older = tree('## Scope\n\nAll staff.\n\n## Friend requests\n\nDo not accept friend requests from pupils.\n');
  const newer = tree('## Scope\n\nAll staff.\n\n## Friend requests\n\nDo not accept friend requests from pupils or parents.\n');
  const blocks = compareTexts(older, newer);
  assert.equal(changedBlockCount(blocks), 1);
  assert.deepEqual(blocks[3], {
    kind: 'paragraph', depth: 0,
    parts: [{ change: 'same', text: 'Do not accept friend requests from pupils ' }, { change: 'added', text: 'or parents' }, { change: 'same', text: '.' }],
  });
});

test('added and removed sections and list items are marked whole', () => {
  const older = tree('## Scope\n\n- one\n- two\n');
  const newer = tree('## Scope\n\n- one\n\n## Monitoring\n\nData is monitored.\n');
  const changes = compareTexts(older, newer).map((block) => block.parts.map((part) => `${part.change}:${part.text}`).join('|'));
  assert.deepEqual(changes, ['same:Scope', 'same:one', 'removed:two', 'added:Monitoring', 'added:Data is monitored.']);
});

test('a paragraph rewritten in most of its words is shown whole, removed then added, not as scattered fragments', () => {
  const older = tree('## Scope\n\nStaff must not accept friend requests from pupils on any social network.\n');
  const newer = tree('## Scope\n\nThe headteacher decides which accounts a school may open, after advice from the Trust.\n');
  const changes = compareTexts(older, newer).map((block) => block.parts.map((part) => `${part.change}:${part.text}`).join('|'));
  assert.deepEqual(changes, [
    'same:Scope',
    'removed:Staff must not accept friend requests from pupils on any social network.',
    'added:The headteacher decides which accounts a school may open, after advice from the Trust.',
  ]);
});

test('a section\'s search words added or changed are no change of wording, on the compare page or in a pull request\'s summary', () => {
  const older = tree('## Friend requests\n\nDo not accept friend requests from pupils.\n');
  const withWords = tree('## Friend requests\n<SearchWords words="adding pupils, befriend" />\n\nDo not accept friend requests from pupils.\n');
  const changedWords = tree('## Friend requests\n<SearchWords words="follow back, adding pupils" />\n\nDo not accept friend requests from pupils.\n');
  for (const [before, after] of [[older, withWords], [withWords, changedWords], [withWords, older]] as const) {
    const blocks = compareTexts(before, after);
    assert.equal(changedBlockCount(blocks), 0);
    assert.deepEqual(blocks.flatMap((block) => block.parts.map((part) => part.text)), ['Friend requests', 'Do not accept friend requests from pupils.']);
    assert.deepEqual(sectionChanges(before, after), []);
  }
});
