import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { CliIO } from '../io.ts';
import { writeJson, writeLine } from '../io.ts';
import { ExitCode } from '../../../bot/errors.ts';
import { checklistQuestions, exportChecklistFile } from '../../../workflows/api.ts';
import { problemsError, readJsonFile } from './read-input.ts';

/** `checklist questions [--json]`: the twelve vendor questions with their stable ids. */
export async function runChecklistQuestions(parsed: { json: boolean }, io: CliIO): Promise<number> {
  const questions = await checklistQuestions();
  if (parsed.json) writeJson(io, questions);
  else writeLine(io.stdout, questions.map((q) => `${String(q.order).padStart(2)}. [${q.id}] ${q.question}`).join('\n'));
  return ExitCode.Ok;
}

/** `checklist export --input FILE --format F --out PATH`: unknown ids or statuses are each named (exit 2). */
export async function runChecklistExport(parsed: { input: string; format: string; out: string }, io: CliIO): Promise<number> {
  const input = await readJsonFile(parsed.input, io.cwd);
  const outcome = await exportChecklistFile(input, parsed.format);
  if (!outcome.ok) throw problemsError(parsed.input, outcome.problems);
  const out = resolve(io.cwd, parsed.out);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, outcome.data);
  writeLine(io.stderr, `Wrote ${out} (${outcome.data.length} bytes, ${outcome.mimeType})`);
  return ExitCode.Ok;
}
