import { questionWords } from './question-words.ts';
import { isQuestion, sectionKey, type LearntQuestion } from './answered-questions.ts';

/**
 * How alike a question is to the questions the judgement lists say each section answers. Three clues,
 * each a cosine between word vectors, where a word counts for more the fewer sections (or policies) use it:
 * - the section's questions taken together, which says what the section is about;
 * - the section's questions nearest to this one, which catches a situation the section answers that
 *   its other questions do not share ("asleep in class after a lunchtime pint" among the gross misconduct questions);
 * - the policy's questions taken together, which tells two policies' sections on a shared topic apart
 *   (a complaint about a headteacher is Dignity at Work's; a concern about fraud, Whistleblowing's).
 */

type Vector = ReadonlyMap<string, number>;

export interface QuestionsLearnt {
  /** ln(1 + sections / sections whose questions use the word). */
  sectionWeights: ReadonlyMap<string, number>;
  /** Each section's questions' words together ("disciplinary#appeals"), weighed, of length 1. */
  sections: ReadonlyMap<string, Vector>;
  /** Each of a section's questions on its own, weighed as the sections are, of length 1. */
  questionsOf: ReadonlyMap<string, readonly Vector[]>;
  /** ln(1 + policies / policies whose questions use the word). */
  policyWeights: ReadonlyMap<string, number>;
  /** Each policy's questions' words together, weighed, of length 1. */
  policies: ReadonlyMap<string, Vector>;
}

/** How many of a section's questions nearest to the one asked count, and how much they count beside all its questions together. */
export const NEAREST_QUESTIONS = 2;
export const NEAREST_SHARE = 0.3;

export function learnQuestions(questions: readonly LearntQuestion[]): QuestionsLearnt {
  const sectionCounts = new Map<string, Map<string, number>>();
  const policyCounts = new Map<string, Map<string, number>>();
  for (const { words, policy, sections } of questions) {
    for (const id of sections) addWords(sectionCounts, sectionKey(policy, id), words);
    addWords(policyCounts, policy, words);
  }
  const sectionWeights = weightsOf(sectionCounts);
  const policyWeights = weightsOf(policyCounts);
  const questionsOf = new Map<string, Vector[]>();
  for (const { words, policy, sections } of questions) {
    const vector = unitVector(countOf(words), sectionWeights);
    for (const id of sections) {
      const key = sectionKey(policy, id);
      if (!questionsOf.has(key)) questionsOf.set(key, []);
      questionsOf.get(key)!.push(vector);
    }
  }
  return {
    sectionWeights,
    sections: new Map([...sectionCounts].map(([key, count]) => [key, unitVector(count, sectionWeights)])),
    questionsOf,
    policyWeights,
    policies: new Map([...policyCounts].map(([policy, count]) => [policy, unitVector(count, policyWeights)])),
  };
}

/**
 * `likeness(policy, id)`: how alike the question is to the questions that section answers (0 to 1; none for
 * the top of the page) plus how alike it is to its policy's questions (0 to 1). A search of too few words to
 * be a question is like none.
 */
export function questionLikeness(learnt: QuestionsLearnt, question: string): (policy: string, id: string | undefined) => number {
  if (!isQuestion(question)) return () => 0;
  const count = countOf(questionWords(question));
  const bySection = unitVector(count, learnt.sectionWeights);
  const byPolicy = unitVector(count, learnt.policyWeights);
  const sectionLikeness = (key: string): number => {
    const nearest = (learnt.questionsOf.get(key) ?? []).map((each) => dot(bySection, each)).sort((a, b) => b - a).slice(0, NEAREST_QUESTIONS);
    const together = dot(bySection, learnt.sections.get(key) ?? new Map());
    return NEAREST_SHARE * (nearest.reduce((sum, each) => sum + each, 0) / NEAREST_QUESTIONS) + (1 - NEAREST_SHARE) * together;
  };
  return (policy, id) => (id === undefined ? 0 : sectionLikeness(sectionKey(policy, id))) + dot(byPolicy, learnt.policies.get(policy) ?? new Map());
}

function addWords(counts: Map<string, Map<string, number>>, key: string, words: readonly string[]): void {
  const count = counts.get(key) ?? new Map<string, number>();
  for (const word of words) count.set(word, (count.get(word) ?? 0) + 1);
  counts.set(key, count);
}

function countOf(words: readonly string[]): Map<string, number> {
  return words.reduce((count, word) => count.set(word, (count.get(word) ?? 0) + 1), new Map<string, number>());
}

/** A word only a few of the things compared use tells them apart; one they all use, hardly at all. */
function weightsOf(counts: ReadonlyMap<string, ReadonlyMap<string, number>>): Map<string, number> {
  const using = new Map<string, number>();
  for (const count of counts.values()) for (const word of count.keys()) using.set(word, (using.get(word) ?? 0) + 1);
  return new Map([...using].map(([word, things]) => [word, Math.log(1 + counts.size / things)]));
}

/** A word said again counts for less each time (1 + ln(times)); words the weights do not know count for nothing. */
function unitVector(count: ReadonlyMap<string, number>, weights: ReadonlyMap<string, number>): Vector {
  const vector = [...count].filter(([word]) => weights.has(word)).map(([word, times]) => [word, (1 + Math.log(times)) * weights.get(word)!] as const);
  const length = Math.hypot(...vector.map(([, value]) => value));
  return new Map(length === 0 ? [] : vector.map(([word, value]) => [word, value / length]));
}

function dot(a: Vector, b: Vector): number {
  let sum = 0;
  for (const [word, value] of a) sum += value * (b.get(word) ?? 0);
  return sum;
}
