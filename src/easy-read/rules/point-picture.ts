import type { VFile } from 'vfile';
import { PICTURE_SET, pictureName } from '../pictures.ts';
import { easyReadRule } from '../rule.ts';
import { hasAttribute, isPoint, POINT, SourceLines, stringAttribute, type MarkdownNode, type SourcePoint } from '../text.ts';

/**
 * Every point has a picture that exists, and alt text that says what the picture shows, for
 * people who cannot see it. The picture is named, so an unknown name is answered with near ones.
 */
export const pointPicture = easyReadRule({
  id: 'point-picture',
  summary: 'Every `<Point>` has a picture that exists, alt text saying what it shows, and some words.',
  explanation: [
    `Pictures come from ${PICTURE_SET.name} (${PICTURE_SET.libraryUrl}).`,
    'A picture\'s name is its description in small letters, with hyphens between the words: "mobile phone" is `picture="mobile-phone"`.',
    'Run `npm run easy-read:pictures -- phone` to list the pictures whose name or keywords include "phone".',
    'Alt text is read out to people who cannot see the picture: say what the picture shows, in a few words.',
  ].join(' '),
  severity: 'error',
  examples: [
    {
      name: 'ok.mdx',
      source: [
        '<Point picture="mobile-phone" alt="A mobile phone">',
        '',
        'You can use your own phone at break time.',
        '',
        '</Point>',
      ].join('\n'),
      messages: [],
    },
    {
      name: 'not-ok.mdx',
      source: [
        '<Point picture="mobile-fone" alt="A mobile phone">',
        '',
        'You can use your own phone at break time.',
        '',
        '</Point>',
        '',
        '<Point picture="laptop">',
        '',
        'Do not use social media on a school laptop.',
        '',
        '</Point>',
        '',
        '<Point alt="A padlock">',
        '',
        'Keep your password secret.',
        '',
        '</Point>',
        '',
        '<Point picture="locked" alt="locked"></Point>',
      ].join('\n'),
      messages: [
        '1:8: There is no picture called "mobile-fone". Did you mean mobile-phone, mobile-phone-off or mobile-phone-with-arrow? Find more at https://openmoji.org/library/',
        '7:1: This picture has no alt text. Add alt="…" saying what the picture shows, like alt="A laptop computer"',
        '13:1: This point has no picture. Add one by its name, like <Point picture="mobile-phone" alt="A mobile phone">',
        '19:1: This point has a picture but no words. Write the idea between <Point …> and </Point>',
        '19:25: The alt text "locked" is only the picture\'s name. Say what the picture shows, like alt="A padlock that is locked"',
      ],
    },
  ],
}, (tree, file, context) => {
  const lines = new SourceLines(String(file.value));
  const visit = (node: MarkdownNode) => {
    if (isPoint(node)) checkPoint(node);
    for (const child of node.children ?? []) visit(child);
  };
  const checkPoint = (node: MarkdownNode) => {
    const place = node.position;
    const picture = stringAttribute(node, 'picture')?.trim();
    if (picture === undefined && hasAttribute(node, 'picture')) {
      file.message('Write the picture\'s name in quotes, like picture="mobile-phone"', { place: attributePlace(file, lines, node, 'picture') ?? place });
    } else if (!picture) {
      file.message(`This point has no picture. Add one by its name, like <${POINT} picture="mobile-phone" alt="A mobile phone">`, { place });
    } else if (!context.pictures.get(picture)) {
      const suggestions = context.pictures.suggest(picture);
      const didYouMean = suggestions.length === 0 ? 'Find a picture and its name' : `Did you mean ${joinOr(suggestions)}? Find more`;
      file.message(`There is no picture called "${picture}". ${didYouMean} at ${PICTURE_SET.libraryUrl}`, { place: attributePlace(file, lines, node, 'picture') ?? place });
    }
    const alt = stringAttribute(node, 'alt')?.trim();
    if (!alt) {
      file.message('This picture has no alt text. Add alt="…" saying what the picture shows, like alt="A laptop computer"', { place });
    } else if (alt === picture || (alt.includes('-') && pictureName(alt) === alt)) {
      file.message(`The alt text "${alt}" is only the picture's name. Say what the picture shows, like alt="A padlock that is locked"`, { place: attributePlace(file, lines, node, 'alt') ?? place });
    }
    if ((node.children ?? []).length === 0) {
      file.message(`This point has a picture but no words. Write the idea between <${POINT} …> and </${POINT}>`, { place });
    }
  };
  visit(tree);
});

/** Where `name="` is written in the point's opening tag, for a message that points at the attribute itself. */
function attributePlace(file: VFile, lines: SourceLines, node: MarkdownNode, name: string): SourcePoint | undefined {
  const start = node.position?.start.offset;
  if (start === undefined) return undefined;
  const source = String(file.value);
  const tagEnd = source.indexOf('>', start);
  const found = new RegExp(`\\s${name}\\s*=`).exec(source.slice(start, tagEnd === -1 ? undefined : tagEnd));
  return found ? lines.point(start + found.index + 1) : undefined;
}

function joinOr(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
