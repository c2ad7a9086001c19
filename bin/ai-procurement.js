#!/usr/bin/env node
// The CLI entry. It runs the bundle when the build is current (see compiled.js), else the TypeScript sources through
// tsx, so `npm ci && npm start` works on a fresh clone and an edited source is never shadowed by an old build.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUILD, compiledEntry } from './compiled.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const compiled = compiledEntry(root);
if (!compiled) {
  const { register } = await import('tsx/esm/api');
  register();
}
const { main } = await import(pathToFileURL(compiled ?? join(root, BUILD.entry)).href);
const code = await main(process.argv.slice(2));
// Let stdout drain before exiting: `ask --json | jq` must receive the whole object.
process.exitCode = code;
