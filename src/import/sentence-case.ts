/**
 * Short words that stay in capitals when an all-capitals heading becomes sentence case: a trust's
 * "ICT ACCEPTABLE USE" should read "ICT acceptable use", not "Ict acceptable use". "IT" is left out:
 * in "WHO IT APPLIES TO" it is a word. Every heading changed is listed in the report for the owner to check.
 */
const KEPT_IN_CAPITALS = new Set([
  'ICT', 'HR', 'UK', 'GDPR', 'SEND', 'SEN', 'DBS', 'CCTV', 'DSL', 'DDSL', 'KCSIE', 'LADO', 'EYFS', 'PE', 'PSHE', 'RSE',
  'CPD', 'ECT', 'NQT', 'TLR', 'SLT', 'CEO', 'CFO', 'MAT', 'LGB', 'ACAS', 'TUPE', 'DSAR', 'FOI', 'ICO', 'SENCO', 'HSE', 'COSHH', 'I',
]);

export function isAllCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** "PURPOSE OF THE POLICY" becomes "Purpose of the policy"; known abbreviations keep their capitals. */
export function sentenceCase(text: string): string {
  let first = true;
  return text.replace(/\p{L}[\p{L}'’]*/gu, (word) => {
    const kept = KEPT_IN_CAPITALS.has(word.toUpperCase()) ? word.toUpperCase() : undefined;
    const lower = kept ?? word.toLowerCase();
    const cased = first && !kept ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    first = false;
    return cased;
  });
}
