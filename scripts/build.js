// Bundles the CLI and the server into dist/ with esbuild: `npm run build`, run by `npm ci` through `prepare`.
// Started from the bundle, `ask` skips tsx's on-the-fly transform and loading some 400 separate modules; the
// launcher (bin/ai-procurement.js) uses it only while every file that went into it is unchanged (bin/compiled.js).
// Types are checked by `npm test`, not here. Stack traces name the bundle; run with --enable-source-maps for sources.
import { build } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD } from '../bin/compiled.js';

const root = fileURLToPath(new URL('../', import.meta.url));

/**
 * Packages folded into the bundle: pure JavaScript in many small files that every start loads (zod: about 90
 * modules, ~100 ms of loading). Everything else stays in node_modules: native addons, and packages loaded only on
 * some paths (Slack, Teams, documents, model clients).
 */
const INLINE = ['zod'];
const inlined = (path) => INLINE.some((name) => path === name || path.startsWith(`${name}/`));

// An output folder may be given (a test builds into its own); it must sit below the repository, where the bundle
// finds the repository's data (knowledge/repo-path.ts).
const startedAt = Date.now();
const outdir = resolve(root, process.argv[2] ?? BUILD.outDir);
await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { [BUILD.entryName]: BUILD.entry },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'node-modules-stay-outside',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) => (inlined(args.path) ? undefined : { path: args.path, external: true }));
      },
    },
  ],
});
// What went in, for the launcher's freshness check: the repository's own files (not the inlined packages, which
// change only with package-lock.json, itself an input of `npm ci` and so of this build).
const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.startsWith('node_modules/'));
await writeFile(join(outdir, BUILD.inputsFile), JSON.stringify({ startedAt, inputs: [...inputs, 'package-lock.json'] }));
