import semver from 'semver';

/**
 * A package in the lock file that asks for a dependency by a tag such as `latest` rather than by
 * a version range. `npm ci` resolves the tag again on every install, so the day a new version is
 * published the lock file no longer satisfies it and every clean install fails. `package.json`'s
 * `overrides` fixes the range for that package's dependency.
 */
export interface TaggedDependency { dependent: string; dependency: string; asked: string }

interface LockFile { packages?: Record<string, { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }> }

type Overrides = Record<string, string | Record<string, unknown>>;

/** Specs that name where to get a package rather than which version; npm never re-resolves these against a tag. */
const NOT_A_VERSION = /^(?:npm|file|link|git|git\+[a-z]+|github|workspace|https?):/;

function packageName(lockKey: string): string {
  return lockKey.slice(lockKey.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

function isOverridden(overrides: Overrides, dependent: string, dependency: string): boolean {
  if (typeof overrides[dependency] === 'string') return true;
  const forDependent = overrides[dependent];
  return typeof forDependent === 'object' && forDependent !== null && dependency in forDependent;
}

export function taggedDependencies(lock: LockFile, overrides: Overrides = {}): TaggedDependency[] {
  const found: TaggedDependency[] = [];
  for (const [key, entry] of Object.entries(lock.packages ?? {})) {
    if (key === '') continue;
    const dependent = packageName(key);
    for (const [dependency, asked] of Object.entries({ ...entry.dependencies, ...entry.optionalDependencies })) {
      if (NOT_A_VERSION.test(asked) || semver.validRange(asked) !== null) continue;
      if (!isOverridden(overrides, dependent, dependency)) found.push({ dependent, dependency, asked });
    }
  }
  return found;
}

export function describeTaggedDependency({ dependent, dependency, asked }: TaggedDependency): string {
  return `${dependent} asks for ${dependency}@${asked}, a tag: the next release of ${dependency} will make \`npm ci\` fail. `
    + `Fix its range in package.json, e.g. "overrides": { "${dependent}": { "${dependency}": "^<the version in package-lock.json>" } }.`;
}
