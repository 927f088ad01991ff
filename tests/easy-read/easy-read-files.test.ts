import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkEasyReadSource } from '#src/easy-read/easy-read-source.ts';
import { easyReadStatus, PAGE_PICTURES } from '#src/easy-read/easy-read-status.ts';
import { formatProblem } from '#src/policy/problem.ts';
import { loadPictures, pictureName } from '#src/easy-read/pictures.ts';
import type { PolicyDate } from '#src/policy/policy-date.ts';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readEasyReadFiles } from '#src/easy-read/easy-read-files.ts';
import { policySource, REPOSITORY_ROOT } from '../helpers/fixture-site.ts';
import { easyReadSource, point } from '../helpers/easy-read-fixture.ts';

const FILE = 'policies/social-media/easy-read.mdx';
const pictures = loadPictures(REPOSITORY_ROOT);
const POLICY = { version: '1.0', status: 'approved' as const, title: 'Social Media Policy' };

/** The exact lines an author reads for a file. */
function messages(source: string, policy: typeof POLICY | { version: string; status: 'draft'; title: string } = POLICY): string[] {
  return checkEasyReadSource(FILE, source, { pictures, policy }).messages.map(formatProblem);
}

test('a valid easy read has no problems, and its details are read as written', () => {
  const checked = checkEasyReadSource(FILE, easyReadSource({ basedOnVersion: '1.0', checkedByReaders: '2026-03', checkedBy: 'the Speak Up group' }), { pictures, policy: POLICY });
  assert.deepEqual(checked.messages, []);
  assert.deepEqual(checked.data, { basedOnVersion: '1.0', checkedByReaders: { checked: true, date: '2026-03' }, checkedBy: 'the Speak Up group' });
  assert.deepEqual(checked.pictures, ['mobile-phone']);
});

test('a missing basedOnVersion says what to write', () => {
  assert.deepEqual(messages(easyReadSource({ basedOnVersion: undefined })), [
    `${FILE}: error: basedOnVersion: is missing. Add a line like basedOnVersion: "1.0".`,
  ]);
});

test('a version that is not a version number', () => {
  assert.deepEqual(messages(easyReadSource({ basedOnVersion: 'latest' })), [
    `${FILE}:2: error: basedOnVersion: "latest" is not a version number. Write it as two numbers with a dot, like basedOnVersion: "1.0".`,
  ]);
});

test('checkedByReaders must be a date or "not yet"', () => {
  assert.deepEqual(messages(easyReadSource({ checkedByReaders: 'soon' })), [
    `${FILE}:3: error: checkedByReaders: "soon" is not a date or "not yet". Write it like checkedByReaders: 2026-03-14, or checkedByReaders: not yet.`,
  ]);
  assert.deepEqual(messages(easyReadSource({ checkedByReaders: undefined })), [
    `${FILE}: error: checkedByReaders: is missing. Say whether people with a learning disability have checked this easy read: checkedByReaders: 2026-03-14, or checkedByReaders: not yet.`,
  ]);
});

test('a misspelt field names the field it should be', () => {
  assert.deepEqual(messages(easyReadSource({ checkedBy: undefined, chekedBy: 'a group' })), [
    `${FILE}:4: error: chekedBy: is not a field we know. Did you mean checkedBy? Check the spelling.`,
  ]);
});

test('an easy read of an older version of an approved policy is an error; of a draft, a warning', () => {
  const source = easyReadSource({ basedOnVersion: '"0.9"' });
  assert.deepEqual(messages(source), [
    `${FILE}:2:1: error: This easy read explains version 0.9, but the policy is now version 1.0. Change the easy read to match the new version, then write basedOnVersion: "1.0". [based-on-version: CONTRIBUTING.md#easy-read-based-on-version]`,
  ]);
  assert.deepEqual(messages(source, { version: '1.0', status: 'draft', title: 'Draft' }), [
    `${FILE}:2:1: warning: This easy read explains version 0.9, but the policy is now version 1.0. Change the easy read to match the new version, then write basedOnVersion: "1.0". [based-on-version: CONTRIBUTING.md#easy-read-based-on-version]`,
  ]);
});

test('rule messages give file, line and column, the rule and where it is explained', () => {
  const long = 'You must not use social media on any of the computers that the school or the Trust gives you for work.';
  assert.deepEqual(messages(easyReadSource({}, point(long))), [
    `${FILE}:8:1: error: This sentence has 21 words. Keep each sentence to 15 words or fewer: split it into short sentences with one idea each. [sentence-length: CONTRIBUTING.md#easy-read-sentence-length]`,
  ]);
});

test('reading the folder checks links to policies, and an easy read beside no policy', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'easy-read-files-'));
  await symlink(path.join(REPOSITORY_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  };
  await write('policies/social-media/index.mdx', policySource({ title: 'Social Media Policy' }));
  await write('policies/social-media/easy-read.mdx', easyReadSource({}, point('Read the [rules](policy:social-media#scope) and the [other rules](policy:social-medai).')));
  await write('policies/orphan/easy-read.mdx', easyReadSource());
  const { easyReads, messages } = await readEasyReadFiles(path.join(root, 'policies'), root);
  assert.deepEqual(messages.map(formatProblem), [
    'policies/orphan/easy-read.mdx: error: explains no policy: there is no index.mdx beside it. Put it in the folder of the policy it explains.',
    'policies/social-media/easy-read.mdx:8:53: error: the link to "policy:social-medai" points to a policy "social-medai" that does not exist. Did you mean policy:social-media?',
  ]);
  assert.deepEqual(easyReads, [], 'a file with errors gives no page');
});

test('the page says which version it explains, whether it is current, and whether readers have checked it', () => {
  const current = easyReadStatus({ basedOnVersion: '1.0', checkedByReaders: { checked: false } }, { version: '1.0', status: 'approved' });
  assert.deepEqual(current, {
    explains: '1.0', policyVersion: '1.0', upToDate: true, inForce: true, checked: false,
    checkedText: 'People with a learning disability have not checked this easy read yet.',
  });
  const old = easyReadStatus(
    { basedOnVersion: '0.1', checkedByReaders: { checked: true, date: '2026-03-14' as PolicyDate }, checkedBy: 'the Speak Up group at Riverside School' },
    { version: '0.2', status: 'draft' },
  );
  assert.equal(old.upToDate, false);
  assert.equal(old.inForce, false);
  assert.equal(old.checkedText, 'People with a learning disability checked this easy read in March 2026. The group was the Speak Up group at Riverside School.');
});

test('pictures are named from their description, and a wrong name is answered with near ones', () => {
  assert.equal(pictureName('flag: United Kingdom'), 'flag-united-kingdom');
  assert.equal(pictureName('mobile phone'), 'mobile-phone');
  assert.ok(pictures.size > 2000, `OpenMoji has thousands of pictures (${pictures.size})`);
  assert.deepEqual(pictures.suggest('mobil-phone'), ['mobile-phone', 'mobile-phone-off', 'mobile-phone-with-arrow']);
  assert.deepEqual(pictures.suggest('phone'), ['mobile-phone', 'mobile-phone-off', 'mobile-phone-with-arrow']);
  assert.ok(pictures.search('password').some((picture) => picture.name === 'key'), 'a keyword finds a picture');
});

test('every picture the page itself uses exists', () => {
  for (const picture of Object.values(PAGE_PICTURES)) assert.ok(pictures.get(picture.name), picture.name);
});
