import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { z } from 'zod';
import { optionalText, text } from '#src/policy/fields.ts';
import { readYamlDetails } from '#src/policy/frontmatter.ts';
import { frontmatterProblems } from '#src/policy/frontmatter-problems.ts';
import type { Problem } from '#src/policy/problem.ts';
import { decodeText } from '#src/policy/text-file.ts';
import { contrastWithWhite, formatContrast, isHexColour, MINIMUM_TEXT_CONTRAST, normaliseHexColour } from './colour-contrast.ts';
import { isBasePath, isBranchName, isEmailAddress, isWebAddress, repositoryName } from './setting-values.ts';

/** The Trust's own settings, in the repository so they are reviewed like any other change. */
export const TRUST_SETTINGS_FILE = 'trust/settings.yaml';

const EXAMPLE_COLOUR = '"#1d4f91"';

function isBlank(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
}

function webAddress(field: string, example: string) {
  return text(field, example).refine(isWebAddress, {
    error: (issue) => `"${String(issue.input)}" is not a web address. Write it in full, starting with https://, like ${field}: ${example}`,
  });
}

function optionalEmail(field: string) {
  return optionalText(field, 'hr@example.org').refine((value) => value === undefined || isEmailAddress(value), {
    error: (issue) => `"${String(issue.input)}" is not an email address. Write it like ${field}: hr@example.org, or leave it empty`,
  });
}

const basePath = z.preprocess(
  (input) => (isBlank(input) ? '/' : input),
  text('basePath', '/policies/').refine(isBasePath, {
    error: (issue) => `"${String(issue.input)}" is not a path. Write only the part after the site's address, like basePath: /policies/, or basePath: / for the whole site`,
  }),
);

const brandColour = z.preprocess(
  (input) => (isBlank(input) ? undefined : typeof input === 'string' ? input.trim() : input),
  z.string({
    // A # without quotes starts a YAML comment, so the colour vanishes: the likeliest reason it is missing.
    error: (issue) => isBlank(issue.input)
      ? `is missing. Write the colour in quotes, like brandColour: ${EXAMPLE_COLOUR} (without quotes, YAML reads # as the start of a comment)`
      : `should be a colour, but it is a group of fields or a list. Write it like brandColour: ${EXAMPLE_COLOUR}`,
  }),
).transform((value, context) => {
  if (!isHexColour(value)) {
    context.addIssue({ code: 'custom', input: value, message: `"${value}" is not a colour we can read. Write it as # and six hexadecimal digits, in quotes, like brandColour: ${EXAMPLE_COLOUR}` });
    return z.NEVER;
  }
  const ratio = contrastWithWhite(value);
  if (ratio < MINIMUM_TEXT_CONTRAST) {
    context.addIssue({
      code: 'custom',
      input: value,
      message: `"${value}" has a contrast ratio of ${formatContrast(ratio)} with white, so links in it would be hard to read (WCAG 2.2 AA needs at least ${MINIMUM_TEXT_CONTRAST}:1). Choose a darker shade of it, like brandColour: ${EXAMPLE_COLOUR} (${formatContrast(contrastWithWhite(EXAMPLE_COLOUR.slice(1, -1)))})`,
    });
    return z.NEVER;
  }
  return normaliseHexColour(value);
});

/** Present but empty means "not edited on GitHub": no "Edit this policy" link. */
const repository = z.preprocess(
  (input) => (input === null ? '' : input),
  z.string({ error: 'should be a repository, like repository: true-learning-partnership/staff-policies' }).optional(),
).transform((value, context) => {
  if (value === undefined) return undefined;
  const name = repositoryName(value);
  if (name === undefined) {
    context.addIssue({ code: 'custom', input: value, message: `"${value}" is not a GitHub repository. Write it as owner/name, like repository: true-learning-partnership/staff-policies, or leave it empty for no "Edit this policy" link` });
    return z.NEVER;
  }
  return name;
});

export const trustSettingsSchema = z.strictObject({
  name: text('name', 'The TRUE Learning Partnership'),
  shortName: text('shortName', 'TRUE'),
  siteAddress: webAddress('siteAddress', 'https://policies.example.org'),
  basePath,
  logo: z.preprocess(
    (input) => (isBlank(input) ? undefined : input),
    z.strictObject({
      file: text('file', 'trust/logo.svg').refine((value) => value.toLowerCase().endsWith('.svg'), {
        error: (issue) => `"${String(issue.input)}" is not an SVG file. The logo must be an SVG (it stays sharp at every size), like file: trust/logo.svg`,
      }),
      alt: text('alt', 'The TRUE Learning Partnership logo'),
    }, { error: 'should be a group with the logo\'s file and its description, on their own indented lines: file: trust/logo.svg and alt: The TRUE Learning Partnership logo' }).optional(),
  ),
  brandColour,
  contacts: z.preprocess(
    (input) => (isBlank(input) ? {} : input),
    z.strictObject({
      hr: optionalEmail('hr'),
      accessibility: optionalEmail('accessibility'),
      otherFormats: optionalEmail('otherFormats'),
    }, { error: 'should be a group of email addresses on their own indented lines, like hr: hr@example.org' }),
  ),
  repository,
  branch: optionalText('branch', 'main').refine((value) => value === undefined || isBranchName(value), {
    error: (issue) => `"${String(issue.input)}" is not a branch name. Write it like branch: main`,
  }),
});

export type TrustSettings = Omit<z.output<typeof trustSettingsSchema>, 'logo'> & {
  /** The logo's file as a full path on this machine, checked to be an SVG inside the repository. */
  logo: { file: string; alt: string } | undefined;
};

const FIELDS = Object.keys(trustSettingsSchema.shape);
const GROUPS = { logo: ['file', 'alt'], contacts: ['hr', 'accessibility', 'otherFormats'] };

export type TrustSettingsResult = { ok: true; settings: TrustSettings } | { ok: false; problems: Problem[] };

/** Checks the text of the settings file; `root` is the repository, where the logo must be. */
export function checkTrustSettings(source: string, root: string): TrustSettingsResult {
  const file = TRUST_SETTINGS_FILE;
  const yaml = readYamlDetails(source.replace(/^\uFEFF/, ''), 'the Trust\'s settings');
  if (!yaml.ok) return { ok: false, problems: [{ file, line: yaml.line, message: yaml.message }] };
  const { data, lineOf } = yaml.details;
  const parsed = trustSettingsSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: frontmatterProblems(file, parsed.error.issues, lineOf, FIELDS, GROUPS) };
  const { logo, ...settings } = parsed.data;
  if (logo === undefined) return { ok: true, settings: { ...settings, logo: undefined } };
  const logoFile = path.resolve(root, logo.file);
  const problem = logoProblem(logoFile, logo.file, root);
  if (problem) {
    const line = lineOf(['logo', 'file']);
    return { ok: false, problems: [{ file, field: 'logo, file', ...(line === undefined ? {} : { line }), message: problem }] };
  }
  return { ok: true, settings: { ...settings, logo: { file: logoFile, alt: logo.alt } } };
}

function logoProblem(logoFile: string, typed: string, root: string): string | undefined {
  const relative = path.relative(root, logoFile);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return `"${typed}" is outside the repository. Put the logo in the trust folder and write its path from the top of the repository, like file: trust/logo.svg`;
  }
  if (!existsSync(logoFile)) {
    return `there is no file "${typed}". Add the logo to the repository, then write its path from the top of the repository, like file: trust/logo.svg`;
  }
  if (!isSvgDocument(readFileSync(logoFile, 'utf8'))) {
    return `"${typed}" is not an SVG picture (its first element is not <svg>). Save the logo as SVG from your design program and add that file`;
  }
  return undefined;
}

function isSvgDocument(source: string): boolean {
  let failed = false;
  const document = new DOMParser({ onError: () => { failed = true; } }).parseFromString(source, 'image/svg+xml');
  return !failed && document.documentElement?.localName === 'svg';
}

/** The repository's settings file, checked; undefined when the repository has none. */
export function readTrustSettings(root: string): TrustSettingsResult | undefined {
  const file = path.join(root, TRUST_SETTINGS_FILE);
  if (!existsSync(file)) return undefined;
  const decoded = decodeText(TRUST_SETTINGS_FILE, readFileSync(file));
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  return checkTrustSettings(decoded.text, root);
}
