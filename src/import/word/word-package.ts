import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';

export type WordPackage = { ok: true; bytes: Buffer; zip: JSZip } | { ok: false; message: string };

/**
 * Opens a .docx for reading, or says in one sentence why it cannot: the person running the import
 * may have picked an old .doc, a PDF or a file that did not finish downloading.
 */
export async function openWordPackage(file: string): Promise<WordPackage> {
  const info = await stat(file).catch(() => undefined);
  if (!info) return { ok: false, message: `there is no such file: looked for ${file}. Check the name and folder, like npm run import -- "Social Media Policy.docx"` };
  if (info.isDirectory()) return { ok: false, message: `is a folder inside the folder, so it was skipped. Import it on its own, like npm run import -- "${file}"` };
  const extension = path.extname(file).toLowerCase();
  if (extension === '.doc') return { ok: false, message: 'is in the old Word format (.doc). Open it in Word, choose Save As and pick "Word Document (.docx)", then import the .docx' };
  if (extension !== '.docx') return { ok: false, message: `is not a Word document (.docx)${extension ? `: it is a ${extension} file` : ''}. Save it from Word as "Word Document (.docx)" and import that` };
  const bytes = await readFile(file);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { ok: false, message: 'cannot be opened: the file is damaged or is not really a Word document. Open it in Word and save it again as "Word Document (.docx)"' };
  }
  if (!zip.file('word/document.xml')) {
    return { ok: false, message: 'is a zip file but not a Word document (it has no word/document.xml). Save it from Word as "Word Document (.docx)"' };
  }
  return { ok: true, bytes, zip };
}

/** A part of the package as text, or undefined when the document has no such part. */
export async function packagePart(zip: JSZip, name: string): Promise<string | undefined> {
  return zip.file(name)?.async('string');
}
