import { z } from 'zod';
import { monthName, parsePolicyDate, type PolicyDate } from './policy-date.ts';
import { editDistance } from './words.ts';

/*
 * Field shapes for frontmatter read with YAML's failsafe schema, where every value arrives as
 * the text the owner typed. Each message says what is wrong and shows what right looks like;
 * the file and field are added by the caller (see frontmatter-problems.ts).
 */

function describe(input: unknown): string {
  if (Array.isArray(input)) return 'a list';
  if (input !== null && typeof input === 'object') return 'a group of fields';
  return `"${String(input)}"`;
}

function isBlank(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
}

/** Plain text such as a title. */
export function text(field: string, example: string) {
  return z.preprocess(
    (input) => (typeof input === 'string' ? input.trim() : input),
    z.string({
      error: (issue) => isBlank(issue.input)
        ? `is missing. Add a line like ${field}: ${example}`
        : `should be plain text, but it is ${describe(issue.input)}. Write it like ${field}: ${example}`,
    }).min(1, { error: `is empty. Write it like ${field}: ${example}` }),
  );
}

export function optionalText(field: string, example: string) {
  return z.preprocess((input) => (isBlank(input) ? undefined : input), text(field, example).optional());
}

/** A day (2021-07-14) or a month (2021-07). */
export function policyDate(field: string, example = '2024-07-31 or 2024-07') {
  return z.string({
    error: (issue) => isBlank(issue.input)
      ? `is missing. Add a line like ${field}: ${example.split(' or ')[0]}`
      : `should be a date, but it is ${describe(issue.input)}. Write it like ${example}`,
  }).transform((value, context): PolicyDate => {
    const parsed = parsePolicyDate(value);
    if (parsed.ok) return parsed.date;
    const problem = parsed.problem;
    const message = problem.kind === 'not-a-date'
      ? `"${value}" is not a date. Write it like ${example}`
      : problem.kind === 'bad-month'
        ? `"${value}" has no month ${problem.month}. Months run from 01 to 12: write it like ${example}`
        : `"${value}" is not a real day: ${monthName(problem.month)} ${problem.year} has ${problem.daysInMonth} days. Write it like ${example}`;
    context.addIssue({ code: 'custom', message, input: value });
    return z.NEVER;
  });
}

export function optionalPolicyDate(field: string, example?: string) {
  return z.preprocess((input) => (isBlank(input) ? undefined : input), policyDate(field, example).optional());
}

export function wholeNumber(field: string, example: number, min: number, max: number, unit: string) {
  return z.string({
    error: (issue) => isBlank(issue.input)
      ? `is missing. Add a line like ${field}: ${example}`
      : `should be a whole number of ${unit}, but it is ${describe(issue.input)}. Write it like ${field}: ${example}`,
  }).transform((value, context) => {
    const trimmed = value.trim();
    const number = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
    if (Number.isNaN(number)) {
      context.addIssue({ code: 'custom', message: `"${value}" is not a whole number of ${unit}. Write it like ${field}: ${example}`, input: value });
      return z.NEVER;
    }
    if (number < min || number > max) {
      context.addIssue({ code: 'custom', message: `${number} is outside ${min} to ${max} ${unit}. Write it like ${field}: ${example}`, input: value });
      return z.NEVER;
    }
    return number;
  });
}

export function oneOf<const Values extends readonly [string, ...string[]]>(field: string, values: Values) {
  const list = values.join(', ');
  return z.string({
    error: (issue) => isBlank(issue.input)
      ? `is missing. Add a line like ${field}: ${values[0]}`
      : `should be one of ${list}, but it is ${describe(issue.input)}`,
  }).transform((value, context): Values[number] => {
    const trimmed = value.trim();
    if ((values as readonly string[]).includes(trimmed)) return trimmed as Values[number];
    const suggestion = nearest(trimmed.toLowerCase(), values);
    context.addIssue({
      code: 'custom',
      message: `"${value}" is not one we know. Use one of ${list}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
      input: value,
    });
    return z.NEVER;
  });
}

export function textList(field: string, example: string) {
  return z.preprocess(
    (input) => (isBlank(input) ? [] : input),
    z.array(z.string().trim().min(1, { error: `has an empty item. Write it like ${field}: ${example}` }), {
      error: (issue) => `should be a list, but it is ${describe(issue.input)}. Write it like ${field}: ${example}`,
    }),
  );
}


/**
 * The closest candidate: a typo within a third of the word's length ("aproved"), or else the one
 * sharing most words ("raising-concerns" finds "raising-a-concern-inside-the-trust"). Undefined when nothing is close.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.ceil(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ?? mostWordsInCommon(word, candidates);
}

function stems(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((part) => part.length > 2).map((part) => part.slice(0, 5)));
}

function mostWordsInCommon(word: string, candidates: readonly string[]): string | undefined {
  const wanted = stems(word);
  let best: string | undefined;
  let bestShared = 0;
  for (const candidate of candidates) {
    const shared = [...stems(candidate)].filter((stem) => wanted.has(stem)).length;
    if (shared > bestShared) {
      best = candidate;
      bestShared = shared;
    }
  }
  return bestShared >= Math.min(2, wanted.size) ? best : undefined;
}
