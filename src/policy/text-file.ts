import { readFile } from 'node:fs/promises';
import type { Problem } from './problem.ts';

export type TextFile = { ok: true; text: string } | { ok: false; problem: Problem };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

export const NOT_UTF8_MESSAGE = 'is not saved as UTF-8, so characters such as ’ “ ” – or £ would come out wrong (the first is on this line). '
  + 'To fix it, open the file in GitHub\'s editor, retype the characters shown as �, and commit: GitHub saves as UTF-8. '
  + 'Or save it again as UTF-8: in Notepad, Save As and choose Encoding: UTF-8; in Word, Save As Plain Text and choose Unicode (UTF-8)';

/**
 * A policy file's text. Files must be saved as UTF-8 (GitHub's editor always does); a file saved in
 * a Windows encoding, as Notepad and Word may, is refused with the line of its first wrong character
 * rather than read as the wrong letters. A byte-order mark is allowed, and so are Windows line endings.
 */
export function decodeText(file: string, bytes: Uint8Array): TextFile {
  try {
    return { ok: true, text: UTF8.decode(bytes) };
  } catch {
    // Read leniently, the first character that could not be read becomes U+FFFD: its line is the one to fix.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))).split('\n').length;
    return {
      ok: false,
      problem: {
        file,
        line,
        message: NOT_UTF8_MESSAGE,
      },
    };
  }
}

/** Reads a file as text; undefined when it does not exist. */
export async function readTextFile(file: string, displayPath: string): Promise<TextFile | undefined> {
  const bytes = await readFile(file).catch(() => undefined);
  return bytes === undefined ? undefined : decodeText(displayPath, bytes);
}
