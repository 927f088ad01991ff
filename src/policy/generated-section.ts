/**
 * A part of CONTRIBUTING.md made from the code it explains (the rules and their examples), between
 * two marker lines, so the explanation and the checks cannot drift apart. `npm run docs` rewrites
 * every such part; a test fails when one is out of date.
 */
export interface GeneratedSection {
  /** What the part explains, for messages: "the easy-read rules". */
  name: string;
  start: string;
  end: string;
  markdown(): string;
}

/** The markers say where a part comes from, so nobody edits it by hand. */
export function sectionMarkers(id: string, source: string): { start: string; end: string } {
  return {
    start: `<!-- ${id}:start: made by \`npm run docs\` from ${source}, so edit the rules, not this -->`,
    end: `<!-- ${id}:end -->`,
  };
}

/** CONTRIBUTING.md with the part rewritten; undefined when its markers are missing. */
export function withSection(contributing: string, section: GeneratedSection): string | undefined {
  const startMarker = section.start.slice(0, section.start.indexOf(':start:') + ':start:'.length);
  const start = contributing.indexOf(startMarker);
  const end = contributing.indexOf(section.end);
  if (start === -1 || end === -1 || end < start) return undefined;
  return `${contributing.slice(0, start)}${[section.start, '', section.markdown(), section.end].join('\n')}${contributing.slice(end + section.end.length)}`;
}

/** A fenced code block that survives code blocks inside its text. */
export function fence(language: string, text: string): string {
  const ticks = text.includes('```') ? '````' : '```';
  return `${ticks}${language}\n${text}\n${ticks}`;
}
