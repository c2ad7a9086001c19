import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { readFileSync } from 'node:fs';

/**
 * The one place that reads process.env. A `.env` file in the working directory is loaded when present;
 * variables already set in the environment win over it.
 */
export function readEnvironment(cwd: string = process.cwd()): Record<string, string | undefined> {
  const file = resolve(cwd, '.env');
  const fromFile = existsSync(file) ? parseDotenv(readFileSync(file)) : {};
  return { ...fromFile, ...process.env };
}
