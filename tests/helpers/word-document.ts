import { readFile } from 'node:fs/promises';
import { crc32, deflateSync } from 'node:zlib';
import path from 'node:path';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, PageBreak, Paragraph, Tab, TextRun, type FileChild, type INumberingOptions } from 'docx';
import { REPOSITORY_ROOT } from './fixture-site.ts';

/** Word's own numbering: A., B., C. at the outer level with bullets beneath, as trusts' policies letter paragraphs. */
export const LETTERED_NUMBERING: INumberingOptions['config'][number] = {
  reference: 'lettered',
  levels: [
    { level: 0, format: LevelFormat.UPPER_LETTER, text: '%1.', alignment: AlignmentType.LEFT },
    { level: 1, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.LEFT },
  ],
};

/** A real .docx, as Word would save it, made by the docx package. */
export async function wordFile(children: FileChild[], extra: Partial<ConstructorParameters<typeof Document>[0]> = {}): Promise<Buffer> {
  const document = new Document({
    numbering: { config: [LETTERED_NUMBERING] },
    ...extra,
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

/**
 * The approved 2021 Social Media Policy as the Trust holds it in Word: a cover saying who approved it
 * and when, a typed contents list, its 13 sections as Heading 1 in capitals, bullets, and paragraphs
 * A to E in Word's own lettered numbering with bullets beneath them.
 */
export async function socialMediaPolicyWordFile(): Promise<Buffer> {
  const seed = await readFile(path.join(REPOSITORY_ROOT, 'tests/fixtures/social-media-policy-2021.txt'), 'utf8');
  const lines = seed.split('\n');
  const body = lines.slice(lines.lastIndexOf('SCOPE'));
  const contents = lines.slice(lines.indexOf('Contents') + 1, lines.lastIndexOf('SCOPE')).map((line) => line.trim()).filter(Boolean);
  const children: FileChild[] = [
    new Paragraph({ children: [new TextRun({ text: 'The TRUE Learning Partnership', bold: true })] }),
    new Paragraph({ text: 'Social Media Policy', heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun('Approved by the Trust Board in July 2021'), new PageBreak()] }),
    new Paragraph({ text: 'Contents' }),
    ...contents.map((line) => {
      const [title, page] = line.split('\t');
      return new Paragraph({ children: [new TextRun({ children: [title!, new Tab(), page!] })] });
    }),
  ];
  for (const raw of body) {
    const line = raw.trimEnd();
    if (line.trim() === '') continue;
    const lettered = /^- ([A-E])\. (.*)$/.exec(line);
    if (lettered) children.push(new Paragraph({ text: lettered[2]!, numbering: { reference: 'lettered', level: 0 } }));
    else if (/^ - /.test(line)) children.push(new Paragraph({ text: line.slice(3), numbering: { reference: 'lettered', level: 1 } }));
    else if (/^- /.test(line)) children.push(new Paragraph({ text: line.slice(2), bullet: { level: 0 } }));
    else if (line === line.toUpperCase()) children.push(new Paragraph({ text: line, heading: HeadingLevel.HEADING_1 }));
    else children.push(new Paragraph({ text: line }));
  }
  return wordFile(children);
}

/** A small PNG (a grey square) made here, so a test's picture comes from nowhere else. */
export function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0);
  header.writeUInt32BE(4, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: 4 }, () => Buffer.from([0, 128, 128, 128, 128])));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}
