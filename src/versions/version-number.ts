/** Versions are "major.minor"; 1.10 comes after 1.9, which text order would get wrong. */
export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

export function newestFirst(a: string, b: string): number {
  return compareVersions(b, a);
}
