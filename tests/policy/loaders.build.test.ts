import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildFixtureSite, policySource, runAstroBuild, TEST_TODAY } from '../helpers/fixture-site.ts';
import { commitFiles } from '../helpers/git-repository.ts';
import { createVersionedSite } from '../helpers/versioned-policy.ts';
import { easyReadSource, point } from '../helpers/easy-read-fixture.ts';
import { htmlText } from '../helpers/html.ts';
import { PAGE_PICTURES } from '#src/easy-read/easy-read-status.ts';

/*
 * One small site, built once for every test but the last: the Online Safety Policy has three versions
 * in git and an easy read; the Code of Conduct (version 1.10, written without quotes) has an easy read
 * with another picture; the Equality Policy has none.
 */
let root: string;
let dist: string;
let output: string;

before(async () => {
  root = await createVersionedSite();
  await commitFiles(root, {
    'policies/online-safety/easy-read.mdx': easyReadSource({ basedOnVersion: '"1.1"' }),
    'policies/code-of-conduct/index.mdx': policySource({ title: 'Employee Code of Conduct', version: '1.10' }, '## Scope\n\nBe honest in everything you do at work.\n'),
    'policies/code-of-conduct/easy-read.mdx': easyReadSource({ basedOnVersion: '"1.10"' }, point('Be honest at work.', 'shield', 'A shield')),
    'policies/equality/index.mdx': policySource({ title: 'Equality Policy' }, '## Scope\n\nWe treat everyone fairly.\n'),
  }, 'Add the code of conduct, the equality policy and two easy reads', '2025-09-01');
  const build = await runAstroBuild(root, { POLICY_SITE_TODAY: TEST_TODAY });
  assert.equal(build.code, 0, build.output);
  dist = path.join(root, 'dist');
  output = build.output;
});

const page = async (file: string) => htmlText(await readFile(path.join(dist, file), 'utf8'));
const exists = (file: string) => access(file).then(() => true, () => false);

test('an earlier version committed in git has its own page, with its text as it stood then', async () => {
  assert.match(await page('policies/online-safety/versions/1.0/index.html'), /Staff must not accept friend requests from pupils\./);
  assert.doesNotMatch(await page('policies/online-safety/versions/1.0/index.html'), /or their parents/);
  assert.match(await page('policies/online-safety/versions/0.1/index.html'), /Staff should think before accepting friend requests from pupils\./);
  assert.match(await page('policies/online-safety/index.html'), /Staff must not accept friend requests from pupils or their parents\./);
  assert.doesNotMatch(output, /Earlier policy versions are not built|cannot be read any more/, 'the whole history was read');
  const archived = (await readdir(path.join(root, '.astro/policy-versions/online-safety'))).sort();
  assert.deepEqual(archived, ['0.1.mdx', '1.0.mdx'], 'only the earlier versions are written out for rendering, not the current one');
});

test('a policy page shows the details as the owner typed them: version 1.10 is not read as the number 1.1', async () => {
  const text = await page('policies/code-of-conduct/index.html');
  assert.match(text, /Employee Code of Conduct/);
  assert.match(text, /Version 1\.10 \(all versions and changes\)/);
  assert.doesNotMatch(text, /version 1\.1\b(?!0)/i);
  assert.match(text, /Be honest in everything you do at work\./);
});

test('each easy read has its page, and a policy without one has none', async () => {
  const onlineSafety = await page('policies/online-safety/easy-read/index.html');
  assert.match(onlineSafety, /You can use your own phone at break time\./);
  assert.match(await page('policies/code-of-conduct/easy-read/index.html'), /Be honest at work\./);
  assert.equal(await exists(path.join(dist, 'policies/equality/easy-read/index.html')), false);
  assert.equal(await exists(path.join(dist, 'policies/equality/index.html')), true);
});

test('only the pictures the easy reads and their pages use are copied into the site', async () => {
  // The .br and .gz beside each are the same picture, compressed for the server (src/publish/precompress.ts).
  const copied = (await readdir(path.join(dist, 'easy-read/pictures'))).filter((file) => file.endsWith('.svg')).sort();
  const expected = ['mobile-phone', 'shield', ...Object.values(PAGE_PICTURES).map((picture) => picture.name)].map((name) => `${name}.svg`);
  assert.deepEqual(copied, [...new Set(expected)].sort());
  for (const file of copied) assert.match(await readFile(path.join(dist, 'easy-read/pictures', file), 'utf8'), /^<svg/, `${file} is a picture`);
  assert.match(output, new RegExp(`Copied ${new Set(expected).size} easy-read pictures \\(\\d+ KB\\) from OpenMoji into easy-read/pictures/`));
});

test('the search index lists the policies and easy reads, and the archive\'s index the earlier versions, each once', async () => {
  const indexed = async (folder: string) => {
    const entry = JSON.parse(await readFile(path.join(dist, folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    // Each indexed page has a fragment: gzip holding a "pagefind_dcd" signature and then JSON with the page's address.
    const fragments = await readdir(path.join(dist, folder, 'fragment'));
    const urls = await Promise.all(fragments.map(async (file) => {
      const text = gunzipSync(await readFile(path.join(dist, folder, 'fragment', file))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
    }));
    return { count: entry.languages['en']?.page_count, urls: urls.sort() };
  };
  assert.deepEqual(await indexed('pagefind'), {
    count: 5,
    urls: ['/policies/code-of-conduct/', '/policies/code-of-conduct/easy-read/', '/policies/equality/', '/policies/online-safety/', '/policies/online-safety/easy-read/'],
  }, 'lists, comparisons, the register and search are not indexed');
  assert.deepEqual(await indexed('pagefind-archive'), {
    count: 2,
    urls: ['/policies/online-safety/versions/0.1/', '/policies/online-safety/versions/1.0/'],
  }, 'the current version\'s own version page (1.1) is not indexed twice');
  assert.match(output, /Indexed 5 pages for search in [\d.]+s, and 2 archived copies of earlier versions in pagefind-archive\//);
});

test('the build report records how long each phase took', async () => {
  const report = JSON.parse(await readFile(path.join(root, '.astro/build-report.json'), 'utf8')) as { phases: Record<string, number>; total: number };
  for (const phase of ['content sync and checks', 'HTML pages', 'search index']) {
    assert.equal(typeof report.phases[phase], 'number', `${phase} is timed: ${JSON.stringify(report.phases)}`);
    assert.ok(report.phases[phase]! >= 0, phase);
  }
  assert.ok(Number.isInteger(report.total) && report.total > 0, 'the total is whole milliseconds');
  const phaseSum = Object.values(report.phases).reduce((sum, milliseconds) => sum + milliseconds, 0);
  assert.ok(phaseSum <= report.total + Object.keys(report.phases).length, `the phases fit within the total (${phaseSum} ms of ${report.total} ms)`);
});

test('a policy with a broken detail, or approved on a day still to come, fails the build, naming the file and the field, with no stack trace', async () => {
  const build = await buildFixtureSite({
    policies: {
      'equality/index.mdx': policySource({ title: 'Equality Policy' }),
      'grievance/index.mdx': policySource({ title: 'Grievance Policy', reviewCycleMonths: 'thirty-six' }),
      'disciplinary/index.mdx': policySource({ title: 'Disciplinary Procedure', approved: '2062-07-14' }),
    },
  });
  assert.notEqual(build.code, 0, 'the build must fail');
  const lines = build.output.split('\n').map((line) => line.trim());
  const problem = lines.find((line) => /^policies\/grievance\/index\.mdx[:\d]*: .*reviewCycleMonths: "thirty-six"/.test(line));
  assert.ok(problem, `the problem names the file and the field:\n${build.output}`);
  assert.match(problem, /^policies\/grievance\/index\.mdx:\d+:|\(line \d+\)$/, 'and the line');
  assert.match(problem, /36/, 'and says what right looks like');
  assert.ok(
    lines.includes('policies/disciplinary/index.mdx: approved: 2062-07-14 is after today (25 November 2026). Record an approval once the meeting has taken place, and check the year, like approved: 2021-07-14.'),
    `an approval still to come is refused in the same build, with the build's day:\n${build.output}`,
  );
  assert.ok(!lines.some((line) => line.startsWith('policies/equality/')), 'the good policy is not blamed');
  assert.deepEqual(lines.filter((line) => /^at .+:\d+:\d+\)?$/.test(line)), [], `no stack trace:\n${build.output}`);
  assert.equal(await exists(path.join(build.distDir, 'policies/grievance/index.html')), false, 'no page is published');
});
