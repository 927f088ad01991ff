import { questionWords } from './question-words.ts';

/**
 * What the questions in the judgement lists teach search: for each section that answers some of them,
 * the words those questions use, weighed so that a word only a few sections' questions use says more
 * than one they all use. A new question like them ("heard nothing back since I reported it") then leads
 * to the section that answered them, even when the policy says it in other words.
 */
export interface AnsweredQuestions {
  /** How much each word tells sections apart: ln(1 + sections / sections whose questions use it). */
  weights: Record<string, number>;
  /** For each section ("disciplinary#appeals"), its questions' words, weighed, as a vector of length 1. */
  sections: Record<string, Record<string, number>>;
}

export interface AnsweredQuestion {
  question: string;
  /** The policy's folder, e.g. disciplinary */
  policy: string;
  /** The ids of the sections or lettered paragraphs that answer it. */
  sections: readonly string[];
}

/** The key of a policy's section or lettered paragraph: "disciplinary#appeals". */
export function sectionKey(policy: string, id: string): string {
  return `${policy}#${id}`;
}

/** Three decimal places are plenty to order sections, and keep the file small. */
const PLACES = 1000;

export function answeredQuestions(questions: readonly AnsweredQuestion[]): AnsweredQuestions {
  const counts = new Map<string, Map<string, number>>();
  for (const { question, policy, sections } of questions) {
    const words = questionWords(question);
    for (const id of sections) {
      const key = sectionKey(policy, id);
      const count = counts.get(key) ?? new Map<string, number>();
      for (const word of words) count.set(word, (count.get(word) ?? 0) + 1);
      counts.set(key, count);
    }
  }
  const sectionsUsing = new Map<string, number>();
  for (const count of counts.values()) for (const word of count.keys()) sectionsUsing.set(word, (sectionsUsing.get(word) ?? 0) + 1);
  const weights = Object.fromEntries([...sectionsUsing].map(([word, using]) => [word, Math.log(1 + counts.size / using)]));
  const sections = Object.fromEntries(
    [...counts]
      .filter(([, count]) => count.size > 0)
      .map(([key, count]) => [key, Object.fromEntries(Object.entries(unitVector(count, weights)).map(([word, value]) => [word, Math.round(value * PLACES) / PLACES]))]),
  );
  return { weights: Object.fromEntries(Object.entries(weights).map(([word, value]) => [word, Math.round(value * PLACES) / PLACES])), sections };
}

/**
 * A search of one or two words ("facebook", "disciplinary hearing") names a topic, which the index finds
 * by its own words; it takes a question of three words or more to say enough about a situation to be
 * like other questions.
 */
export const FEWEST_QUESTION_WORDS = 3;

/** Whether a search says enough to be like other questions; the search page fetches what the lists teach only for one that does. */
export function isQuestion(text: string): boolean {
  return questionWords(text).length >= FEWEST_QUESTION_WORDS;
}

/** A question's words as a vector like the sections' (words no question in the lists uses count for nothing); empty for a search of too few words. */
export function questionVector(learned: AnsweredQuestions, question: string): Record<string, number> {
  if (!isQuestion(question)) return {};
  const words = questionWords(question);
  const count = new Map<string, number>();
  for (const word of words) if (learned.weights[word] !== undefined) count.set(word, (count.get(word) ?? 0) + 1);
  return unitVector(count, learned.weights);
}

/** How alike a question is to the questions a section answers: 0 (no word in common) to 1. */
export function similarity(learned: AnsweredQuestions, vector: Readonly<Record<string, number>>, key: string): number {
  const section = learned.sections[key];
  if (!section) return 0;
  return Object.entries(vector).reduce((sum, [word, value]) => sum + value * (section[word] ?? 0), 0);
}

/** A word said again counts for less each time: 1 + ln(times). */
function unitVector(count: ReadonlyMap<string, number>, weights: Readonly<Record<string, number>>): Record<string, number> {
  const vector = [...count].map(([word, times]) => [word, (1 + Math.log(times)) * (weights[word] ?? 0)] as const);
  const length = Math.hypot(...vector.map(([, value]) => value));
  return length === 0 ? {} : Object.fromEntries(vector.map(([word, value]) => [word, value / length]));
}
