import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchingSections, type IndexedAnchor, type PageHits, type SectionMatch } from '#src/search/search-sections.ts';
import { KEYWORDS_ANCHOR_ID } from '#src/search/search-marking.ts';

interface Block { element?: string; id?: string; text: string; weight?: number }

/**
 * A page as Pagefind reports it: the words in order (with the full stop Pagefind adds to the end of
 * each block), where each element with an id starts, and where each word that begins with one of
 * `found` is, with a score that grows with the square of its weight, as Pagefind's does.
 */
function indexedPage(blocks: readonly Block[], found: readonly string[]): PageHits {
  const words: string[] = [];
  const anchors: IndexedAnchor[] = [];
  const weighted_locations: PageHits['weighted_locations'][number][] = [];
  for (const block of blocks) {
    if (block.id) anchors.push({ element: block.element ?? 'p', id: block.id, text: block.text, location: words.length });
    const text = /[\w)]$/.test(block.text) ? `${block.text}.` : block.text;
    for (const word of text.split(' ')) {
      const bare = word.toLowerCase().replace(/[^a-z]/g, '');
      const weight = block.weight ?? (block.element?.startsWith('h') ? 6 : 1);
      if (found.some((term) => bare.startsWith(term))) weighted_locations.push({ weight, balanced_score: weight * weight * 100, location: words.length });
      words.push(word);
    }
  }
  return { content: words.join(' '), anchors, weighted_locations };
}

const socialMedia: Block[] = [
  { element: 'h2', id: 'scope', text: 'Scope' },
  { text: 'This policy is applicable to all employees of the Trust.' },
  { element: 'h2', id: 'definition-of-social-media', text: 'Definition of social media' },
  { text: 'micro-blogging websites, e.g. Twitter;' },
  { element: 'h2', id: 'social-media-in-a-personal-capacity', text: 'Social media in a personal capacity' },
  { text: 'the name of a blog or a Twitter name, must not contain the Trust name.' },
  { element: 'li', id: 'paragraph-a', text: 'bring the school/Trust into disrepute, for example by:' },
  { text: 'criticising the school/Trust;' },
  { element: 'li', id: 'paragraph-c', text: 'abuse their position of trust when working with students, for example by:' },
  { text: 'contacting students or their families through social networking sites' },
  { text: 'accepting any requests to become a named friend on a social networking site made by a student; or' },
  { text: 'uploading any photographs or video containing images of students' },
  { element: 'li', id: 'paragraph-d', text: 'breach copyright, for example by:' },
  { element: 'h2', id: 'security-and-identity-theft', text: 'Security and identity theft' },
  { text: 'help friends and colleagues out by letting them know if they spot things on their pages' },
  { element: 'p', id: KEYWORDS_ANCHOR_ID, text: 'Social Media Policy. X, Twitter, friend request, parent.', weight: 2 },
];

function summary(section: SectionMatch) {
  return { targetId: section.targetId, heading: section.heading, paragraph: section.paragraph, keywordsOnly: section.keywordsOnly };
}

/** A word typed, asked on its own and counting in full. */
function typedWord(word: string) {
  return [{ words: [word], weight: 1 }];
}

function excerptText(section: SectionMatch): string {
  return section.excerpt.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');
}

test('"friend request" lands on paragraph C, not the page or the keywords', () => {
  const sections = matchingSections(indexedPage(socialMedia, ['friend', 'request']));
  assert.deepEqual(summary(sections[0]!), { targetId: 'paragraph-c', heading: 'Social media in a personal capacity', paragraph: 'C', keywordsOnly: false });
  assert.equal(
    excerptText(sections[0]!),
    '… their families through social networking sites accepting any [requests] to become a named [friend] on a social networking site made by a student; or uploading any photographs or video containing …',
  );
  assert.deepEqual(sections.map((section) => section.targetId ?? 'keywords'), ['paragraph-c', 'security-and-identity-theft', 'keywords']);
});

test('"twitter" in two sections equally: the earlier one, the definition, comes first', () => {
  const sections = matchingSections(indexedPage(socialMedia, ['twitter']));
  assert.deepEqual(sections.map((section) => section.targetId ?? 'keywords'), ['definition-of-social-media', 'social-media-in-a-personal-capacity', 'keywords']);
  assert.equal(excerptText(sections[0]!), 'micro-blogging websites, e.g. [Twitter];');
});

test('a word found only in the keywords gives the page top, and says which keyword matched', () => {
  const [only, ...rest] = matchingSections(indexedPage(socialMedia, ['x']));
  assert.deepEqual(rest, []);
  assert.deepEqual(summary(only!), { targetId: undefined, heading: undefined, paragraph: undefined, keywordsOnly: true });
  assert.deepEqual(only!.matchedWords, ['X']);
  assert.deepEqual(only!.excerpt, []);
});

test('text before the first heading links to the page top, with no heading', () => {
  const page = indexedPage([{ text: 'Read this first: it explains grievances.' }, { element: 'h2', id: 'scope', text: 'Scope' }, { text: 'All staff.' }], ['grievance']);
  const [section] = matchingSections(page);
  assert.deepEqual(summary(section!), { targetId: undefined, heading: undefined, paragraph: undefined, keywordsOnly: false });
  assert.equal(excerptText(section!), 'Read this first: it explains [grievances].');
});

test('a match in a heading counts, but the excerpt starts after the heading words', () => {
  const page = indexedPage([
    { element: 'h2', id: 'the-disciplinary-hearing', text: 'The disciplinary hearing' },
    { text: 'If there is a case to answer, a hearing is held by the headteacher.' },
    { element: 'h2', id: 'appeals', text: 'Appeals' },
    { text: 'You can appeal after a hearing.' },
  ], ['hearing']);
  const [first, second] = matchingSections(page);
  assert.equal(first!.targetId, 'the-disciplinary-hearing');
  assert.equal(excerptText(first!), 'If there is a case to answer, a [hearing] is held by the headteacher.');
  assert.equal(second!.targetId, 'appeals');
});

test('the excerpt is the window with the most matches, not the one with the single best', () => {
  const filler = Array.from({ length: 40 }, (_, index) => `word${index}`).join(' ');
  const page = indexedPage([
    { element: 'h2', id: 'contact-with-parents', text: 'Contact with parents' },
    { text: `Contact must be through school channels. ${filler} do not accept friend or follow requests from parents.` },
  ], ['parent', 'accept', 'friend', 'request']);
  const [section] = matchingSections(page);
  assert.match(excerptText(section!), /do not \[accept\] \[friend\] or follow \[requests\] from \[parents\]\.$/);
  assert.match(excerptText(section!), /^… /);
});

test('a full stop Pagefind adds to a list item is left out; real stops and abbreviations stay', () => {
  const page = indexedPage([
    { element: 'h2', id: 'definition', text: 'Definition' },
    { text: 'blogs, e.g. WordPress; or' },
    { text: 'social networks, e.g. them, and so on etc.' },
    { text: 'forums. Employees should know.' },
  ], ['forum']);
  assert.equal(excerptText(matchingSections(page)[0]!), 'blogs, e.g. WordPress; or social networks, e.g. them, and so on etc. [forums]. Employees should know.');
});


test('a section is scored by how rare each word it answers is, where it says it and how often; a Trust term\'s words answer the word they stand for', () => {
  const page = indexedPage([
    { element: 'h2', id: 'the-disciplinary-hearing', text: 'The disciplinary hearing' },
    { text: 'The hearing is held by a manager. At the hearing you can speak. After the hearing you are told the outcome.' },
    { element: 'h3', id: 'your-right-to-be-accompanied', text: 'Your right to be accompanied' },
    { text: 'You may bring a trade union representative or a colleague to the hearing.' },
  ], ['union', 'hearing']);
  const way = (words: string[], weight: number) => ({ words, weight });
  // "union" is in few pages of the index, "hearing" in many: their weights say so.
  const [best, next] = matchingSections(page, [[way(['union'], 2.5)], [way(['hearing'], 0.8)]]);
  assert.equal(best?.targetId, 'your-right-to-be-accompanied', 'the rare word and the common one beat the common one in a heading, said four times');
  assert.equal(next?.targetId, 'the-disciplinary-hearing');
  assert.equal(matchingSections(page, [[way(['rep'], 2.5), way(['union'], 2.5)], [way(['hearing'], 0.8)]])[0]?.targetId, 'your-right-to-be-accompanied', '"union" answers "rep"');
  assert.equal(matchingSections(page, [[way(['hearing'], 0.8)]])[0]?.targetId, 'the-disciplinary-hearing', 'with one word asked for, a heading and saying it more decide');
  assert.equal(matchingSections(page, [[way(['union'], 0.2)], [way(['hearing'], 3)]])[0]?.targetId, 'the-disciplinary-hearing', 'had "hearing" been the rare word, its section would lead');
});

test('a section\'s hidden search words find it, but its excerpt quotes only the words on the page', () => {
  const page = indexedPage([
    { element: 'h2', id: 'definition-of-social-media', text: 'Definition of social media' },
    { element: 'p', id: 'search-words-which-sites-apps', text: 'which sites, apps', weight: 5 },
    { text: 'micro-blogging websites, e.g. Twitter; and apps for sharing photos.' },
    { element: 'h2', id: 'monitoring', text: 'Monitoring' },
    { text: 'The Trust monitors its apps.' },
  ], ['twitter', 'apps']);
  const [section] = matchingSections(page, [[{ words: ['twitter'], weight: 2 }], [{ words: ['apps'], weight: 1 }]]);
  assert.equal(section?.targetId, 'definition-of-social-media');
  assert.equal(excerptText(section!), 'micro-blogging websites, e.g. [Twitter]; and [apps] for sharing photos.');
});

test('between sections whose best matches are equal, the one that says the word more comes first, wherever it is', () => {
  const page = indexedPage([
    { element: 'h2', id: 'scope', text: 'Scope' },
    { text: 'This covers laptops and phones.' },
    { element: 'h2', id: 'communicating-with-pupils-and-parents', text: 'Communicating with pupils and parents' },
    { text: 'Do not give pupils your personal phone number. Use a school phone for calls to parents.' },
  ], ['phone']);
  assert.equal(matchingSections(page, [[{ words: ['phone'], weight: 1 }]])[0]?.targetId, 'communicating-with-pupils-and-parents');
});

test('a phrase in a section\'s search words counts as its own words only when the question has all of it', () => {
  const blocks = [
    { element: 'h2', id: 'personal-use-at-work', text: 'Personal use at work' },
    { element: 'p', id: 'search-words-classroom-computer', text: 'classroom computer, lunch break', weight: 5 },
    { text: 'Staff may not use social media on the school computers.' },
    { element: 'h2', id: 'personal-capacity', text: 'In a personal capacity' },
    { element: 'p', id: 'search-words-class-blog', text: 'class blog, photos of my classroom', weight: 5 },
    { text: 'Think before you post.' },
  ];
  assert.equal(matchingSections(indexedPage(blocks, ['classroom', 'photos']), [typedWord('classroom'), typedWord('photos')])[0]?.targetId, 'personal-capacity', '"photos of my classroom" is all there');
  const [first, second] = matchingSections(indexedPage(blocks, ['classroom']), [typedWord('classroom')]);
  assert.deepEqual([first?.score, second?.score], [1, 1], 'one word of a phrase counts as a word of the text, in either section');
});

test('a section\'s search words count for its lettered paragraphs too, so the paragraph that says the words leads', () => {
  const page = indexedPage([
    { element: 'h2', id: 'social-media-in-a-personal-capacity', text: 'Social media in a personal capacity' },
    { element: 'p', id: 'search-words-friend-requests', text: 'friend requests from parents', weight: 5 },
    { text: 'Employees must not:' },
    { element: 'li', id: 'paragraph-a', text: 'bring the school into disrepute' },
    { element: 'li', id: 'paragraph-c', text: 'accept any requests to become a named friend of a parent' },
  ], ['friend', 'request', 'parent']);
  const [first, second] = matchingSections(page, [typedWord('friend'), typedWord('request'), typedWord('parent')]);
  assert.deepEqual([first?.targetId, first?.paragraph, second?.targetId], ['paragraph-c', 'C', 'social-media-in-a-personal-capacity']);
  assert.equal(excerptText(first!), 'accept any [requests] to become a named [friend] of a [parent].', 'the hidden words are never quoted');
});

test('a lettered paragraph\'s own search words lead to that paragraph, not to its section or the paragraphs beside it', () => {
  const page = indexedPage([
    { element: 'h2', id: 'professional-boundaries', text: 'Professional boundaries' },
    { element: 'p', id: 'search-words-boundaries', text: 'boundaries with pupils', weight: 5 },
    { text: 'Staff must:' },
    { element: 'li', id: 'paragraph-d', text: 'keep records of any meeting with a pupil' },
    { element: 'li', id: 'paragraph-e', text: 'avoid being alone with a pupil where they cannot be seen' },
    { element: 'p', id: 'search-words-one-to-one', text: 'one to one, door shut', weight: 5 },
    { element: 'li', id: 'paragraph-f', text: 'report any concern about a pupil' },
  ], ['door', 'shut', 'pupil']);
  const [first] = matchingSections(page, [typedWord('door'), typedWord('shut'), typedWord('pupil')]);
  assert.deepEqual([first?.targetId, first?.paragraph], ['paragraph-e', 'E']);
  assert.equal(excerptText(first!), 'avoid being alone with a [pupil] where they cannot be seen', 'the hidden words are never quoted');
});

test('the text after a lettered list is its section\'s, not the last paragraph\'s, and its excerpt can quote it', () => {
  const page = indexedPage([
    { element: 'h2', id: 'prohibited-content', text: 'Prohibited content' },
    { text: 'You must not use Trust devices for any of the following.' },
    { element: 'li', id: 'paragraph-a', text: 'Viewing or storing illegal material, including indecent images' },
    { element: 'li', id: 'paragraph-b', text: 'Installing unapproved software' },
    { element: 'p', id: 'after-paragraph-b', text: 'If you find indecent images on a device, do not delete them: tell the DSL at once.' },
    { element: 'h2', id: 'passwords', text: 'Passwords' },
    { text: 'Never share your password with anyone.' },
  ], ['delete', 'software', 'devices', 'tell']);
  const sections = matchingSections(page, [typedWord('delete'), typedWord('tell')]);
  assert.deepEqual(summary(sections[0]!), { targetId: 'prohibited-content', heading: 'Prohibited content', paragraph: undefined, keywordsOnly: false }, 'what to do if you find them links to the section');
  assert.equal(excerptText(sections[0]!), 'You must not use Trust [devices] for any of the following. … If you find indecent images on a device, do not [delete] them: [tell] the DSL at once.', 'the lettered list between the two is left out, with a mark where it was');
  const [software] = matchingSections(page, [typedWord('software')]);
  assert.deepEqual([software?.targetId, excerptText(software!)], ['paragraph-b', 'Installing unapproved [software].'], 'the last paragraph stops where the list ends');
  const [devices] = matchingSections(page, [typedWord('devices'), typedWord('delete')]);
  assert.equal(devices?.targetId, 'prohibited-content', 'the words before the list and after it are one section\'s');
});

test('a section\'s heading counts for its lettered paragraphs too, so the paragraph that also says the other words leads', () => {
  const page = indexedPage([
    { element: 'h2', id: 'examples-of-unacceptable-behaviour', text: 'Examples of unacceptable behaviour' },
    { text: 'This list is not complete.' },
    { element: 'li', id: 'paragraph-a', text: 'Physical behaviour, such as unwanted touching' },
    { element: 'li', id: 'paragraph-b', text: 'Spoken behaviour, such as humiliating someone in front of others' },
  ], ['unacceptable', 'front']);
  const [first] = matchingSections(page, [typedWord('unacceptable'), typedWord('front')]);
  assert.deepEqual([first?.targetId, first?.paragraph], ['paragraph-b', 'B'], '"unacceptable behaviour in front of the class"');
  assert.equal(excerptText(first!), 'Spoken behaviour, such as humiliating someone in [front] of others.', 'the heading is not quoted');
  const [heading] = matchingSections({ ...page, weighted_locations: page.weighted_locations.filter((hit) => hit.location < 4) }, [typedWord('unacceptable')]);
  assert.equal(heading?.targetId, 'examples-of-unacceptable-behaviour', 'the heading\'s words alone lead to the section');
});
