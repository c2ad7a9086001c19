import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root: the nearest folder above this module that holds package.json. The TypeScript sources and the
 * compiled bundle (`npm run build`, one folder below the root) both find it, so data read from the repository (cards,
 * prices, labelled sets) is named by its place in the repository, never by a path relative to the running module.
 */
function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

export const REPO_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the repository: `repoPath('knowledge', 'cards')`. */
export function repoPath(...parts: string[]): string {
  return join(REPO_ROOT, ...parts);
}
