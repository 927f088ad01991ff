import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface NuMessage { type: string; subType?: string; url: string; lastLine?: number; message: string; extract?: string }

/*
 * With a Content-Security-Policy meta tag, vnu reading pages from disk (file: URLs) reports every
 * same-origin stylesheet and script as "Resource violates Content Security Policy (meta tag)": a
 * file: page has no origin for 'self' to match. A served page has one, so this message, and only
 * this one, says nothing about the site.
 */
const FILE_URL_CSP_MESSAGE = '.*Resource violates Content Security Policy \\(meta tag\\).*';

/** Runs the W3C's Nu Html Checker (the vnu-jar package, with Java) over HTML files, or every HTML file in a folder. */
export function nuHtmlCheck(files: string | readonly string[]): Promise<NuMessage[]> {
  const jar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
  return new Promise((resolve, reject) => {
    execFile('java', ['-jar', jar, '--format', 'json', '--skip-non-html', '--filterpattern', FILE_URL_CSP_MESSAGE, ...(typeof files === 'string' ? [files] : files)], { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new Error('The Nu Html Checker needs Java, and there is no java command. Install a Java runtime (on Debian: apt-get install default-jre-headless), as .ci/run does.'));
        return;
      }
      try {
        resolve((JSON.parse(stderr) as { messages: NuMessage[] }).messages);
      } catch {
        reject(new Error(`The Nu Html Checker did not answer in JSON:\n${stderr}`));
      }
    });
  });
}
