#!/usr/bin/env node
// The CLI entry. The project runs its TypeScript sources directly through tsx (no build step),
// so `npm ci && npm start` works on a fresh clone.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../adapters/main.ts');
const code = await main(process.argv.slice(2));
// Let stdout drain before exiting: `ask --json | jq` must receive the whole object.
process.exitCode = code;
