import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AppError, ErrorCode } from '../../../bot/errors.ts';

/** Reads and parses a JSON input file; a missing file or bad JSON is an invalid-input error naming the file. */
export async function readJsonFile(path: string, cwd: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AppError(ErrorCode.InvalidInput, `cannot read ${path}${code === 'ENOENT' ? ': no such file' : ` (${code ?? 'error'})`}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new AppError(ErrorCode.InvalidInput, `${path} is not valid JSON: ${(err as Error).message}`);
  }
}

/** Every problem with an input, one per line, then exit code 2. */
export function problemsError(path: string, problems: string[]): AppError {
  return new AppError(ErrorCode.InvalidInput, `${path} has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}
