// Chooses between the bundle in dist/ (`npm run build`, run by `npm ci` through `prepare`) and the TypeScript sources.
// The bundle starts in a fraction of the time (nothing is transformed on the way in, a few files instead of ~400);
// it is used only while it is current: no file that went into it has changed since the build started. After an edit,
// a checkout or a failed build the sources run through tsx instead, so a stale build never answers.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The build's one home: its entry, the bundle's name for it, the output folder and the list of what went in
 * (scripts/build.js writes them; the launcher reads them).
 */
export const BUILD = { entry: 'adapters/main.ts', entryName: 'main', outDir: 'dist', inputsFile: 'build-inputs.json' };

/** The bundle's entry file when the build in `outDir` (below `root`) is current, else undefined. */
export function compiledEntry(root, outDir = BUILD.outDir) {
  try {
    const { startedAt, inputs } = JSON.parse(readFileSync(join(root, outDir, BUILD.inputsFile), 'utf8'));
    const changed = inputs.some((input) => (statSync(join(root, input), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) > startedAt);
    return changed ? undefined : join(root, outDir, `${BUILD.entryName}.js`);
  } catch {
    return undefined;
  }
}
