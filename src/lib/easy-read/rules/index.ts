import type { RuleSetting } from '../lint.ts';
import type { EasyReadRule } from '../rule.ts';
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
 * The rules as the build and `npm run lint:easy-read` run them. A Trust that wants a different
 * limit changes it here, for example `{ rule: sentenceLength, options: { maxWords: 12 } }`.
 */
export const EASY_READ_PRESET: readonly RuleSetting[] = [
  ideaInPoint,
  pointPicture,
  { rule: sentenceLength, options: { maxWords: 15 } },
  { rule: sentencesPerIdea, options: { maxSentences: 2 } },
  hardWords,
  abbreviations,
  plainStyling,
  noPercentagesOrFractions,
  numbersAsDigits,
  basedOnVersion,
];
