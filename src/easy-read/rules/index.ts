import type { RuleSetting } from '../lint.ts';
import type { EasyReadRule, RuleOptions } from '../rule.ts';
import { abbreviations } from './abbreviations.ts';
import { basedOnVersion } from './based-on-version.ts';
import { hardWords } from './hard-words.ts';
import { ideaInPoint } from './idea-in-point.ts';
import { noPercentagesOrFractions } from './no-percentages-or-fractions.ts';
import { numbersAsDigits } from './numbers-as-digits.ts';
import { plainStyling } from './plain-styling.ts';
import { pointPicture } from './point-picture.ts';
import { sentenceLength } from './sentence-length.ts';
import { sentencesPerIdea } from './sentences-per-idea.ts';

/** Every easy-read rule, in the order CONTRIBUTING.md explains them. */
export const EASY_READ_RULES: readonly EasyReadRule[] = [
  ideaInPoint,
  pointPicture,
  sentenceLength,
  sentencesPerIdea,
  hardWords,
  abbreviations,
  plainStyling,
  noPercentagesOrFractions,
  numbersAsDigits,
  basedOnVersion,
];

/**
 * Settings that differ from a rule's own defaults, by rule id. A Trust that wants a different limit
 * changes it here, for example `'sentence-length': { maxWords: 12 }`.
 */
export const EASY_READ_SETTINGS: Readonly<Record<string, RuleOptions>> = {};

/** The rules as the build and `npm run lint:easy-read` run them: every rule, with the settings above. */
export const EASY_READ_PRESET: readonly RuleSetting[] = EASY_READ_RULES.map((rule) => {
  const options = EASY_READ_SETTINGS[rule.id];
  return options ? { rule, options } : rule;
});
