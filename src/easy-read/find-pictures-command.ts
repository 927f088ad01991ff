/**
 * `npm run easy-read:pictures -- phone`: lists the pictures an easy read can use whose name or
 * keywords include every word given, so an author can pick one without leaving the terminal.
 */
import { loadPictures, PICTURE_SET } from './pictures.ts';

const words = process.argv.slice(2).join(' ').trim();
if (!words) {
  console.log(`Give a word to search for, like: npm run easy-read:pictures -- phone\nOr browse every picture at ${PICTURE_SET.libraryUrl}`);
  process.exit(1);
}
const found = loadPictures(process.cwd()).search(words);
for (const picture of found) console.log(`${picture.name.padEnd(36)} ${picture.description}`);
console.log(found.length === 0
  ? `No picture matches "${words}". Try another word, or browse ${PICTURE_SET.libraryUrl}`
  : `${found.length} ${found.length === 1 ? 'picture matches' : 'pictures match'} "${words}". Write the name in a point: <Point picture="${found[0]!.name}" alt="…">`);
