import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Atkinson Hyperlegible (Braille Institute, SIL Open Font License), designed for low-vision readers,
 * from an npm package that ships it as TTF, which Typst reads (the woff2 of @fontsource it cannot).
 * Every PDF embeds these files and nothing else: the text font is set with `fallback: false`, and
 * PDF/UA-1 export refuses a character the font cannot show, so no font is ever taken from the machine.
 */
export const PDF_FONT_FAMILY = 'Atkinson Hyperlegible';

const FONT_PACKAGE = '@expo-google-fonts/atkinson-hyperlegible';
const FONT_FILES = [
  '400Regular/AtkinsonHyperlegible_400Regular.ttf',
  '400Regular_Italic/AtkinsonHyperlegible_400Regular_Italic.ttf',
  '700Bold/AtkinsonHyperlegible_700Bold.ttf',
  '700Bold_Italic/AtkinsonHyperlegible_700Bold_Italic.ttf',
];

export function pdfFontFiles(): string[] {
  const folder = path.dirname(createRequire(import.meta.url).resolve(`${FONT_PACKAGE}/package.json`));
  return FONT_FILES.map((file) => path.join(folder, file));
}
