import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatProblem } from '#src/policy/problem.ts';
import { contrastWithWhite, formatContrast } from '#src/site/colour-contrast.ts';
import { readSiteConfig } from '#src/site/site-config.ts';
import { checkTrustSettings, TRUST_SETTINGS_FILE } from '#src/site/trust-settings.ts';
import { REPOSITORY_ROOT } from '../helpers/fixture-site.ts';

/**
 * The sample Trust's settings, as the site ships them. The checks are tested on this text rather than
 * on the repository's trust/settings.yaml, which a Trust rewrites as its own.
 */
const SHIPPED = `# The Trust's settings.
name: The TRUE Learning Partnership
shortName: TRUE

siteAddress: https://policies.truelearningpartnership.example
basePath: /

logo:
  file: trust/logo.svg
  alt: The TRUE Learning Partnership logo

brandColour: "#1d4f91"

contacts:
  hr:
  accessibility:
  otherFormats:

repository: true-learning-partnership/staff-policies
branch: main
`;

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Logo</title><rect width="10" height="10"/></svg>';

/** A repository with the sample settings, changed by `edit`, and a logo. */
async function repositoryWith(edit: (settings: string) => string): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'trust-settings-'));
  await mkdir(path.join(root, 'trust'));
  await writeFile(path.join(root, TRUST_SETTINGS_FILE), edit(SHIPPED));
  await writeFile(path.join(root, 'trust/logo.svg'), LOGO);
  return root;
}

/** The one-line messages for a settings file, as the build prints them. */
async function messagesFor(edit: (settings: string) => string): Promise<string[]> {
  const root = await repositoryWith(edit);
  const result = checkTrustSettings(await readFile(path.join(root, TRUST_SETTINGS_FILE), 'utf8'), root);
  return result.ok ? [] : result.problems.map(formatProblem);
}

const lineOf = (text: string) => SHIPPED.split('\n').findIndex((line) => line.startsWith(text)) + 1;

test('the sample Trust\'s settings are accepted and read, and so are the repository\'s own', async () => {
  assert.deepEqual(await messagesFor((settings) => settings), []);
  const root = await repositoryWith((settings) => settings);
  const site = readSiteConfig({}, root);
  assert.equal(site.trustName, 'The TRUE Learning Partnership');
  assert.equal(site.brandColour, '#1d4f91');
  assert.deepEqual(site.logo, { file: path.join(root, 'trust/logo.svg'), alt: 'The TRUE Learning Partnership logo' });
  const own = checkTrustSettings(await readFile(path.join(REPOSITORY_ROOT, TRUST_SETTINGS_FILE), 'utf8'), REPOSITORY_ROOT);
  assert.deepEqual(own.ok ? [] : own.problems.map(formatProblem), [], 'the settings this repository builds with');
});

test('an unknown field is refused, with the field it was probably meant to be', async () => {
  assert.deepEqual(await messagesFor((settings) => `${settings}brandColor: "#1d4f91"\n`), [
    `trust/settings.yaml:${SHIPPED.split('\n').length}: brandColor: is not a field we know. Did you mean brandColour? Check the spelling.`,
  ]);
  assert.deepEqual(await messagesFor((settings) => settings.replace('  hr:', '  humanResources:')), [
    `trust/settings.yaml:${lineOf('  hr:')}: contacts, humanResources: is not a field we know. The fields are: hr, accessibility, otherFormats.`,
  ]);
});

test('a missing name is refused with an example', async () => {
  assert.deepEqual(await messagesFor((settings) => settings.replace(/^name: .*\n/m, '')), [
    'trust/settings.yaml: name: is missing. Add a line like name: The TRUE Learning Partnership.',
  ]);
});

test('a brand colour too light to read on white is refused with its measured contrast ratio', async () => {
  assert.equal(formatContrast(contrastWithWhite('#ffffff')), '1.00:1');
  assert.equal(formatContrast(contrastWithWhite('#000000')), '21.00:1');
  // #767676 is the lightest grey that passes, at 4.54:1; #777777 is just under.
  assert.equal(formatContrast(contrastWithWhite('#767676')), '4.54:1');
  assert.deepEqual(await messagesFor((settings) => settings.replace('"#1d4f91"', '"#777777"')), [
    `trust/settings.yaml:${lineOf('brandColour:')}: brandColour: "#777777" has a contrast ratio of 4.47:1 with white, so links in it would be hard to read (WCAG 2.2 AA needs at least 4.5:1). Choose a darker shade of it, like brandColour: "#1d4f91" (8.14:1).`,
  ]);
  assert.deepEqual(await messagesFor((settings) => settings.replace('"#1d4f91"', '"#f7a800"')), [
    `trust/settings.yaml:${lineOf('brandColour:')}: brandColour: "#f7a800" has a contrast ratio of 1.98:1 with white, so links in it would be hard to read (WCAG 2.2 AA needs at least 4.5:1). Choose a darker shade of it, like brandColour: "#1d4f91" (8.14:1).`,
  ]);
  assert.deepEqual(await messagesFor((settings) => settings.replace('"#1d4f91"', '#1d4f91')), [
    `trust/settings.yaml:${lineOf('brandColour:')}: brandColour: is missing. Write the colour in quotes, like brandColour: "#1d4f91" (without quotes, YAML reads # as the start of a comment).`,
  ]);
  assert.deepEqual(await messagesFor((settings) => settings.replace('"#1d4f91"', 'navy blue')), [
    `trust/settings.yaml:${lineOf('brandColour:')}: brandColour: "navy blue" is not a colour we can read. Write it as # and six hexadecimal digits, in quotes, like brandColour: "#1d4f91".`,
  ]);
});

test('a logo file that is missing, outside the repository or not an SVG is refused', async () => {
  const line = lineOf('  file:');
  assert.deepEqual(await messagesFor((settings) => settings.replace('file: trust/logo.svg', 'file: trust/crest.svg')), [
    `trust/settings.yaml:${line}: logo, file: there is no file "trust/crest.svg". Add the logo to the repository, then write its path from the top of the repository, like file: trust/logo.svg.`,
  ]);
  assert.deepEqual(await messagesFor((settings) => settings.replace('file: trust/logo.svg', 'file: ../logo.svg')), [
    `trust/settings.yaml:${line}: logo, file: "../logo.svg" is outside the repository. Put the logo in the trust folder and write its path from the top of the repository, like file: trust/logo.svg.`,
  ]);
  assert.deepEqual(await messagesFor((settings) => settings.replace('file: trust/logo.svg', 'file: trust/logo.png')), [
    `trust/settings.yaml:${line}: logo, file: "trust/logo.png" is not an SVG file. The logo must be an SVG (it stays sharp at every size), like file: trust/logo.svg.`,
  ]);
  const root = await repositoryWith((settings) => settings);
  await writeFile(path.join(root, 'trust/logo.svg'), '<html><body>not a picture</body></html>');
  const result = checkTrustSettings(SHIPPED, root);
  assert.deepEqual(result.ok ? [] : result.problems.map(formatProblem), [
    `trust/settings.yaml:${line}: logo, file: "trust/logo.svg" is not an SVG picture (its first element is not <svg>). Save the logo as SVG from your design program and add that file.`,
  ]);
  assert.deepEqual(await messagesFor((settings) => settings.replace('  alt: The TRUE Learning Partnership logo\n', '')), [
    // A missing field is placed at the start of its group.
    `trust/settings.yaml:${line}: logo, alt: is missing. Add a line like alt: The TRUE Learning Partnership logo.`,
  ]);
});

test('a web address, email address or repository that cannot be right is refused with an example', async () => {
  assert.deepEqual(await messagesFor((settings) => settings.replace('https://policies.truelearningpartnership.example', 'policies.trust.org')), [
    `trust/settings.yaml:${lineOf('siteAddress:')}: siteAddress: "policies.trust.org" is not a web address. Write it in full, starting with https://, like siteAddress: https://policies.example.org.`,
  ]);
  assert.deepEqual(await messagesFor((settings) => settings.replace('  hr:', '  hr: HR team')), [
    `trust/settings.yaml:${lineOf('  hr:')}: contacts, hr: "HR team" is not an email address. Write it like hr: hr@example.org, or leave it empty.`,
  ]);
  assert.deepEqual(await messagesFor((settings) => settings.replace('repository: true-learning-partnership/staff-policies', 'repository: staff-policies')), [
    `trust/settings.yaml:${lineOf('repository:')}: repository: "staff-policies" is not a GitHub repository. Write it as owner/name, like repository: true-learning-partnership/staff-policies, or leave it empty for no "Edit this policy" link.`,
  ]);
});

test('a file that is not valid YAML says which line to look at', async () => {
  assert.deepEqual(await messagesFor((settings) => settings.replace('shortName: TRUE', 'shortName: TRUE\nshortName: TLP')), [
    `trust/settings.yaml:${lineOf('shortName:') + 1}: the Trust's settings are not valid YAML (a name is given twice). Check the punctuation on this line: each line is "name: value".`,
  ]);
});

test('the build stops on a mistake in the settings, with every problem and no stack trace', async () => {
  const root = await repositoryWith((settings) => settings.replace(/^name: .*\n/m, '').replace('"#1d4f91"', '"#f7a800"'));
  assert.throws(() => readSiteConfig({}, root), (error: Error) => {
    assert.equal(error.message, [
      'Found 2 problems in trust/settings.yaml. Fix them and build again:',
      '  trust/settings.yaml: name: is missing. Add a line like name: The TRUE Learning Partnership.',
      `  trust/settings.yaml:${lineOf('brandColour:') - 1}: brandColour: "#f7a800" has a contrast ratio of 1.98:1 with white, so links in it would be hard to read (WCAG 2.2 AA needs at least 4.5:1). Choose a darker shade of it, like brandColour: "#1d4f91" (8.14:1).`,
    ].join('\n'));
    assert.equal(error.stack, '');
    return true;
  });
});

test('environment variables override the settings file at deployment', async () => {
  const root = await repositoryWith((settings) => settings
    .replace('  hr:', '  hr: people@trust.example')
    .replace('  otherFormats:', '  otherFormats: formats@trust.example')
    .replace('repository: true-learning-partnership/staff-policies', 'repository: trust/policies')
    .replace('branch: main', 'branch: published'));
  const fromFile = readSiteConfig({ GITHUB_REPOSITORY: 'someone/fork' }, root);
  assert.equal(fromFile.repository, 'trust/policies', 'the file names the Trust\'s repository, even when a fork is built');
  assert.equal(fromFile.branch, 'published');
  assert.deepEqual(fromFile.contacts, { hr: 'people@trust.example', accessibility: undefined, otherFormats: 'formats@trust.example' });
  const overridden = readSiteConfig({
    POLICY_SITE_TRUST_NAME: 'Another Trust',
    POLICY_SITE_URL: 'https://intranet.example.org',
    POLICY_SITE_BASE: 'policies-site',
    POLICY_SITE_REPOSITORY: '',
    POLICY_SITE_BRANCH: 'preview',
    POLICY_SITE_CONTACT_EMAIL: 'access@trust.example',
  }, root);
  assert.equal(overridden.trustName, 'Another Trust');
  assert.equal(overridden.siteUrl, 'https://intranet.example.org');
  assert.equal(overridden.base, '/policies-site/');
  assert.equal(overridden.repository, undefined, 'set but empty means no "Edit this policy" link');
  assert.equal(overridden.branch, 'preview');
  assert.deepEqual(overridden.contacts, { hr: 'people@trust.example', accessibility: 'access@trust.example', otherFormats: 'access@trust.example' });
});

test('a base path or web address in an environment variable is held to the same rule as in the settings file', async () => {
  assert.deepEqual(await messagesFor((settings) => settings.replace('basePath: /', 'basePath: my site')), [
    `trust/settings.yaml:${lineOf('basePath:')}: basePath: "my site" is not a path. Write only the part after the site's address, like basePath: /policies/, or basePath: / for the whole site.`,
  ]);
  const root = await repositoryWith((settings) => settings);
  const refused = (env: Record<string, string>) => {
    try {
      readSiteConfig(env, root);
    } catch (error) {
      assert.equal((error as Error).stack, '', 'the message is the whole answer');
      return (error as Error).message;
    }
    return assert.fail(`${JSON.stringify(env)} was accepted`);
  };
  assert.equal(refused({ POLICY_SITE_BASE: 'my site' }), 'POLICY_SITE_BASE: "my site" is not a path. Write only the part after the site\'s address, like POLICY_SITE_BASE=/policies/, or POLICY_SITE_BASE=/ for the whole site.');
  assert.equal(refused({ POLICY_SITE_BASE: '/policies?x' }), 'POLICY_SITE_BASE: "/policies?x" is not a path. Write only the part after the site\'s address, like POLICY_SITE_BASE=/policies/, or POLICY_SITE_BASE=/ for the whole site.');
  assert.equal(refused({ POLICY_SITE_URL: 'notaurl' }), 'POLICY_SITE_URL: "notaurl" is not a web address. Write it in full, starting with https://, like POLICY_SITE_URL=https://policies.example.org/.');
  assert.equal(refused({ POLICY_SITE_URL: 'ftp://policies.example.org' }), 'POLICY_SITE_URL: "ftp://policies.example.org" is not a web address. Write it in full, starting with https://, like POLICY_SITE_URL=https://policies.example.org/.');

  assert.equal(readSiteConfig({ POLICY_SITE_BASE: ' policies-site ' }, root).base, '/policies-site/');
  assert.equal(readSiteConfig({ POLICY_SITE_BASE: '' }, root).base, '/', 'set but empty is the whole site, as in the file');
  assert.equal(readSiteConfig({ POLICY_SITE_URL: 'http://intranet.example.org/' }, root).siteUrl, 'http://intranet.example.org/');
  assert.equal(readSiteConfig({ POLICY_SITE_URL: ' ' }, root).siteUrl, 'https://policies.truelearningpartnership.example', 'set but empty leaves the file\'s address');
});
