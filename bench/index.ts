/**
 * `npm run bench`: runs every benchmark in its own process (so one's memory and warm caches do not colour the
 * next) and prints their medians and ratios. Targets live here, never in timed unit tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const runner = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));
const only = process.argv.slice(2);
const benches = ['kb', 'slack', 'slack-ai', 'slack-oauth', 'queue', 'teams', 'privacy', 'situation', 'questionnaire', 'long-messages'].filter((b) => only.length === 0 || only.includes(b));

let failed = 0;
for (const name of benches) {
  const file = `bench/${name}.ts`;
  if (!existsSync(`${root}${file}`)) continue;
  process.stdout.write(`\n=== ${file} ===\n`);
  const r = spawnSync(process.execPath, ['--expose-gc', runner, file], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    failed += 1;
    process.stdout.write(`${file} exited with ${r.status ?? r.signal}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
