/**
 * The glossary the easy-read rules check against. Whether a word is hard is decided here, by
 * people, not guessed by a program: add a word when a reader or checker stumbles on it.
 */

export interface HardWord {
  /** The word as the glossary lists it. */
  word: string;
  /** Every form that counts as the same word, lower case: harass, harassed, harassment… */
  forms: readonly string[];
  /** A plainer way to say it, if there is one, offered in the message. */
  plainer?: string;
}

export const HARD_WORDS: readonly HardWord[] = [
  { word: 'disrepute', forms: ['disrepute'], plainer: 'give the school a bad name' },
  { word: 'defamatory', forms: ['defamatory', 'defame', 'defamed', 'defamation'], plainer: 'untrue things that harm someone’s good name' },
  { word: 'libel', forms: ['libel', 'libellous'], plainer: 'untrue things written down that harm someone’s good name' },
  { word: 'confidential', forms: ['confidential', 'confidentiality', 'confidentially'], plainer: 'private' },
  { word: 'harassment', forms: ['harassment', 'harass', 'harassed', 'harassing'] },
  { word: 'discrimination', forms: ['discrimination', 'discriminate', 'discriminated', 'discriminating', 'discriminatory'], plainer: 'treating someone unfairly because of who they are' },
  { word: 'victimisation', forms: ['victimisation', 'victimise', 'victimised', 'victimising'], plainer: 'treating someone badly because they spoke up' },
  { word: 'safeguarding', forms: ['safeguarding'], plainer: 'keeping children safe' },
  { word: 'misconduct', forms: ['misconduct'], plainer: 'breaking the rules at work' },
  { word: 'disciplinary', forms: ['disciplinary'] },
  { word: 'grievance', forms: ['grievance', 'grievances'], plainer: 'a complaint about how you are treated at work' },
  { word: 'allegation', forms: ['allegation', 'allegations', 'allege', 'alleged'], plainer: 'something someone says you did' },
  { word: 'suspension', forms: ['suspension', 'suspend', 'suspended'] },
  { word: 'dismissal', forms: ['dismissal', 'dismiss', 'dismissed'], plainer: 'losing your job' },
  { word: 'copyright', forms: ['copyright'] },
  { word: 'identity theft', forms: ['identity theft'] },
  { word: 'personal data', forms: ['personal data'], plainer: 'information about a person' },
  { word: 'breach', forms: ['breach', 'breaches', 'breached'], plainer: 'break' },
  { word: 'phishing', forms: ['phishing'], plainer: 'a trick message' },
  { word: 'malware', forms: ['malware'], plainer: 'a computer virus' },
  { word: 'protected characteristic', forms: ['protected characteristic', 'protected characteristics'] },
  { word: 'whistleblowing', forms: ['whistleblowing', 'whistleblower', 'blow the whistle'], plainer: 'speaking up about something wrong' },
  { word: 'mediation', forms: ['mediation', 'mediator'] },
  { word: 'reasonable adjustment', forms: ['reasonable adjustment', 'reasonable adjustments'] },
  { word: 'appeal', forms: ['appeal', 'appeals'] },
  { word: 'conflict of interest', forms: ['conflict of interest', 'conflicts of interest'] },
  { word: 'bribe', forms: ['bribe', 'bribes', 'bribery'] },
  { word: 'impartial', forms: ['impartial', 'impartiality'], plainer: 'fair to all sides' },
  { word: 'encrypted', forms: ['encrypted', 'encryption'] },
  { word: 'anonymous', forms: ['anonymous', 'anonymously'], plainer: 'without giving your name' },
  { word: 'monitoring', forms: ['monitoring', 'monitor', 'monitored'], plainer: 'checking' },
  { word: 'investigation', forms: ['investigation', 'investigations', 'investigate', 'investigated'], plainer: 'finding out what happened' },
  { word: 'multi-factor authentication', forms: ['multi-factor authentication'] },
];

export interface Abbreviation {
  /** As written, case and all: DSL, Acas. */
  abbreviation: string;
  /** Words that explain it; one of them must be in the same point the first time it is used. */
  meanings: readonly string[];
}

export const ABBREVIATIONS: readonly Abbreviation[] = [
  { abbreviation: 'DSL', meanings: ['designated safeguarding lead', 'safeguarding lead'] },
  { abbreviation: 'CEO', meanings: ['chief executive', 'leader of the Trust', 'head of the Trust'] },
  { abbreviation: 'HR', meanings: ['human resources'] },
  { abbreviation: 'IT', meanings: ['computer', 'computers', 'information technology'] },
  { abbreviation: 'LADO', meanings: ['local authority designated officer'] },
  { abbreviation: 'DBS', meanings: ['Disclosure and Barring Service'] },
  { abbreviation: 'ICO', meanings: ['Information Commissioner'] },
  { abbreviation: 'GDPR', meanings: ['General Data Protection Regulation', 'data protection law'] },
  { abbreviation: 'AI', meanings: ['artificial intelligence'] },
  { abbreviation: 'VPN', meanings: ['virtual private network'] },
  { abbreviation: 'NSPCC', meanings: ['children’s charity', "children's charity", 'National Society for the Prevention of Cruelty to Children'] },
  { abbreviation: 'TRA', meanings: ['Teaching Regulation Agency'] },
  { abbreviation: 'PE', meanings: ['physical education', 'sport'] },
  { abbreviation: 'ID', meanings: ['identity', 'name badge'] },
  { abbreviation: 'PIN', meanings: ['secret number', 'personal identification number'] },
  { abbreviation: 'UK', meanings: ['United Kingdom'] },
  { abbreviation: 'DfE', meanings: ['Department for Education'] },
  { abbreviation: 'Acas', meanings: ['advice service', 'Advisory, Conciliation and Arbitration Service'] },
  { abbreviation: 'Bcc', meanings: ['blind copy', 'hidden copy'] },
  { abbreviation: 'SEND', meanings: ['special educational needs'] },
  { abbreviation: 'EHRC', meanings: ['Equality and Human Rights Commission'] },
];

/** Words in capitals that every reader knows, which need no meaning beside them. */
export const PLAIN_CAPITALS: readonly string[] = ['I', 'OK', 'TV'];

/** Latin short forms, and what to write instead. */
export const LATIN_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'e.g.': 'for example',
  'eg': 'for example',
  'i.e.': 'that is',
  'ie': 'that is',
  'etc.': 'and other things',
  'etc': 'and other things',
  'n.b.': 'remember',
  'nb': 'remember',
};

/** Number words that read more easily as digits. "One" is left out: "no one", "one day". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, thousand: 1000,
};
