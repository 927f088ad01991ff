import path from 'node:path';

function githubUrl(repository: string, view: 'edit' | 'blob', branch: string, file: string): string {
  const encode = (value: string) => value.split('/').map(encodeURIComponent).join('/');
  return `https://github.com/${repository}/${view}/${encode(branch)}/${encode(file)}`;
}

/**
 * GitHub's web editor for one file on one branch: a policy owner changes the file there and
 * proposes the change as a pull request, with nothing to install.
 */
export function githubEditUrl(repository: string, branch: string, file: string): string {
  return githubUrl(repository, 'edit', branch, file);
}

/** A file as GitHub shows it, e.g. the guide for policy owners (CONTRIBUTING.md). */
export function githubFileUrl(repository: string, branch: string, file: string): string {
  return githubUrl(repository, 'blob', branch, file);
}

/**
 * `policies/<id>/index.mdx` as a path inside the repository, or undefined when the policies
 * folder lies outside it (then there is no file on GitHub to edit).
 */
export function policyFileInRepository(repositoryRoot: string, policiesDir: string, id: string): string | undefined {
  const relative = path.relative(repositoryRoot, path.join(policiesDir, id, 'index.mdx'));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}
