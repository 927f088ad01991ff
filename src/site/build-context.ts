/*
 * The one place that keeps state for the length of a build.
 *
 * Astro loads astro.config.mjs (with the integrations) and src/content.config.ts (with the loaders)
 * as separate module graphs, so each has its own copy of every module and a module-level variable
 * in one is not seen by the other. What the two halves must share lives here, in a single slot on
 * globalThis, and nowhere else keeps state on globalThis:
 *  - the policy library: the policy files and their git history, read once per change of the files
 *    and used by the loaders, the easy-read checks and the PDFs (src/policy/policy-library.ts);
 *  - how long each phase took, recorded by the integrations and written out by the build report
 *    (src/site/build-phases.ts);
 *  - the easy-read pictures in use, found by the easy-read checks and copied into the site by the
 *    pictures integration (src/easy-read/easy-read-pictures.ts);
 *  - the PDFs of each policy, made by the PDF integration and listed by the pages (src/pdf/pdf-downloads.ts).
 *    Pages read them from here rather than from a generated module, so that one policy's new PDF does
 *    not change the code of every page, which would make the incremental build render them all again.
 */
import type { PolicyFiles } from '#src/library/policy-files.ts';
import type { PolicyDownload } from '#src/pdf/policy-downloads.ts';

export interface BuildContext {
  /** The policy library, with the fingerprint of the files it was read from. */
  library?: { key: string; files: Promise<PolicyFiles> };
  /** Milliseconds per phase of the build. */
  phases: Map<string, number>;
  /** The picture names the easy reads that passed their checks use. */
  picturesInUse: Set<string>;
  /** Each policy's PDFs, by policy id, made on first asking. */
  pdfDownloads?: () => Promise<Record<string, PolicyDownload[]>>;
}

const SLOT = Symbol.for('policy-site:build-context');
const holder = globalThis as typeof globalThis & { [SLOT]?: BuildContext };

export function buildContext(): BuildContext {
  holder[SLOT] ??= { phases: new Map(), picturesInUse: new Set() };
  return holder[SLOT];
}
