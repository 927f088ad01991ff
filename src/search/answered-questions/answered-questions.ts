import { questionWords } from './question-words.ts';

/**
 * The questions in the judgement lists, as search learns from them: each question's words, with the
 * policy and sections that answer it. The build writes them for the search page, which learns from them
 * when first asked a question (see question-likeness.ts). A new question like them ("heard nothing back
 * since I reported it") then leads to the section that answered them, even when the policy says it in
 * other words.
 */
export interface AnsweredQuestion {
  question: string;
  /** The policy's folder, e.g. disciplinary */
  policy: string;
  /** The ids of the sections or lettered paragraphs that answer it. */
  sections: readonly string[];
}

/** An answered question as the search page reads it: its words (see questionWords) rather than its text. */
export interface LearntQuestion {
  words: string[];
  policy: string;
  sections: string[];
}

/** The file the build writes for the search page. */
export interface AnsweredQuestionsFile {
  questions: LearntQuestion[];
}

/** The key of a policy's section or lettered paragraph: "disciplinary#appeals". */
export function sectionKey(policy: string, id: string): string {
  return `${policy}#${id}`;
}

/** A question made only of small words ("what do I do") teaches nothing, so it is left out. */
export function answeredQuestionsFile(questions: readonly AnsweredQuestion[]): AnsweredQuestionsFile {
  return {
    questions: questions
      .map(({ question, policy, sections }) => ({ words: questionWords(question), policy, sections: [...sections] }))
      .filter((each) => each.words.length > 0),
  };
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
