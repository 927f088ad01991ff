import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { editDistance } from '#src/policy/words.ts';

/**
 * The pictures an easy read can use: OpenMoji, an open emoji and pictogram set installed from npm.
 * Authors pick one by a readable name made from its description ("mobile phone" is mobile-phone),
 * and only the pictures a page uses are copied into the build, so nothing is fetched from elsewhere.
 */
export const PICTURE_SET = {
  name: 'OpenMoji',
  description: 'the open-source emoji and icon project',
  url: 'https://openmoji.org/',
  libraryUrl: 'https://openmoji.org/library/',
  licence: 'CC BY-SA 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
} as const;

export interface Picture {
  /** The name an author writes: picture="mobile-phone". */
  name: string;
  /** OpenMoji's own description, e.g. "mobile phone". */
  description: string;
  /** Absolute path of the colour SVG. */
  file: string;
  /** Other words for it, for finding a picture by meaning ("smartphone" finds mobile-phone). */
  keywords: readonly string[];
}

export interface PictureCatalogue {
  get(name: string): Picture | undefined;
  /** Up to `count` names an author may have meant, closest first. */
  suggest(name: string, count?: number): string[];
  /** Pictures whose name or keywords contain every word searched for. */
  search(words: string): Picture[];
  readonly size: number;
}

interface OpenMojiEntry {
  hexcode: string;
  annotation: string;
  tags: string;
  openmoji_tags: string;
  skintone: string;
}

/** "Mobile phone" becomes mobile-phone; "flag: United Kingdom" becomes flag-united-kingdom. */
export function pictureName(description: string): string {
  return description
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const catalogues = new Map<string, PictureCatalogue>();

/** The OpenMoji pictures installed under the project at `root`, read once per process. */
export function loadPictures(root: string): PictureCatalogue {
  const cached = catalogues.get(root);
  if (cached) return cached;
  const require = createRequire(path.join(root, 'package.json'));
  const dataFile = require.resolve('openmoji/data/openmoji.json');
  const svgDir = path.join(path.dirname(dataFile), '..', 'color', 'svg');
  const entries = JSON.parse(readFileSync(dataFile, 'utf8')) as OpenMojiEntry[];
  const pictures = new Map<string, Picture>();
  for (const entry of entries) {
    // Skin-tone variants would give one picture many names; the default is the one authors mean.
    if (entry.skintone) continue;
    const name = pictureName(entry.annotation);
    if (!name || pictures.has(name)) continue;
    const keywords = `${entry.tags}, ${entry.openmoji_tags}`.split(',').map((word) => word.trim().toLowerCase()).filter(Boolean);
    pictures.set(name, { name, description: entry.annotation, file: path.join(svgDir, `${entry.hexcode}.svg`), keywords });
  }
  const catalogue = pictureCatalogue(pictures);
  catalogues.set(root, catalogue);
  return catalogue;
}

export function pictureCatalogue(pictures: ReadonlyMap<string, Picture>): PictureCatalogue {
  const all = [...pictures.values()];
  return {
    size: pictures.size,
    get: (name) => pictures.get(name),
    search(words) {
      const wanted = words.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
      return all.filter((picture) => wanted.every((word) => picture.name.split('-').includes(word) || picture.keywords.some((keyword) => keyword.split(/\s+/).includes(word))));
    },
    suggest(name, count = 3) {
      const wanted = pictureName(name);
      const words = wanted.split('-').filter(Boolean);
      const limit = Math.max(2, Math.ceil(wanted.length / 3));
      const scored: { name: string; score: number }[] = [];
      for (const picture of all) {
        const distance = editDistance(wanted, picture.name);
        const parts = picture.name.split('-');
        const sharedWords = words.filter((word) => parts.includes(word)).length;
        const byKeyword = words.length > 0 && words.every((word) => picture.keywords.includes(word));
        // A one-letter slip first, then names holding every word ("phone" finds mobile-phone), then
        // other near spellings, then pictures tagged with the words, then names sharing some of them.
        if (distance <= 1) scored.push({ name: picture.name, score: distance });
        else if (sharedWords === words.length && words.length > 0) scored.push({ name: picture.name, score: 2 + (parts.length - sharedWords) / 10 });
        else if (distance <= limit) scored.push({ name: picture.name, score: 2 + distance });
        else if (byKeyword) scored.push({ name: picture.name, score: 20 + parts.length });
        else if (sharedWords > 0) scored.push({ name: picture.name, score: 30 + words.length - sharedWords + parts.length });
      }
      const ranked = scored.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name)).map((entry) => entry.name);
      // After the closest name come its longer forms (mobile-phone, then mobile-phone-off), then the rest.
      const [closest, ...rest] = ranked;
      if (closest === undefined) return [];
      const longer = rest.filter((candidate) => candidate.startsWith(`${closest}-`)).sort((a, b) => a.length - b.length);
      return [closest, ...longer, ...rest.filter((candidate) => !longer.includes(candidate))].slice(0, count);
    },
  };
}
