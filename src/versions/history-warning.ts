import type { HistoryAvailability } from './git-history.ts';

/** One line for the build log when earlier versions cannot be read, saying why and how to fix it. */
export function historyWarning(availability: HistoryAvailability): string | undefined {
  switch (availability) {
    case 'full': return undefined;
    case 'shallow':
      return 'Earlier policy versions are not built: this is a shallow clone, so git holds no history. Run `git fetch --unshallow` (in GitHub Actions, set `fetch-depth: 0` on actions/checkout) and build again. Building the current version of each policy only.';
    case 'not-a-repository':
      return 'Earlier policy versions are not built: the policies are not in a git repository (a zip download?), so there is no history to read. Clone the repository with git and build again. Building the current version of each policy only.';
  }
}
