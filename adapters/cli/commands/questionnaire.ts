import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { CliIO } from '../io.ts';
import { writeJson, writeLine } from '../io.ts';
import { AppError, ErrorCode, ExitCode } from '../../../bot/errors.ts';
import { loadQuestions } from '../../../workflows/checklist/questions.ts';
import { STATUS_LABELS, STATUS_RANK } from '../../../workflows/checklist/statuses.ts';
import { assessFiles, DocumentRejected, isDocumentRejected, MAX_DOCUMENT_BYTES, questionnaireFile, type Assessment, type QuestionnaireFormat, type VendorFile } from '../../../workflows/questionnaire/index.ts';
import { ASSESS_EVAL_SETS, type AssessEvalSet } from '../../../workflows/questionnaire/eval/sets.ts';
import { runAssessEval as evaluate, type EvalReport } from '../../../workflows/questionnaire/eval/run.ts';

/** `checklist questionnaire --vendor NAME --format xlsx|docx --out PATH`. */
export async function runQuestionnaire(parsed: { vendor: string; format: QuestionnaireFormat; out: string }, io: CliIO): Promise<number> {
  const { questions } = await loadQuestions();
  const file = await questionnaireFile(parsed.vendor, questions, parsed.format);
  const out = resolve(io.cwd, parsed.out);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, file.data);
  writeLine(io.stderr, `Wrote ${out} (${file.data.length} bytes, ${file.mimeType})`);
  return ExitCode.Ok;
}

/** Reads a file into memory, refusing an oversized one before reading it (nothing is copied anywhere). */
async function load(path: string, cwd: string): Promise<VendorFile> {
  const full = resolve(cwd, path);
  try {
    if ((await stat(full)).size > MAX_DOCUMENT_BYTES) throw new DocumentRejected('too-large', basename(path));
    return { name: basename(path), data: await readFile(full) };
  } catch (err) {
    if (isDocumentRejected(err)) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new AppError(ErrorCode.InvalidInput, `cannot read ${path}${code === 'ENOENT' ? ': no such file' : ` (${code ?? 'error'})`}`);
  }
}

function assessmentText(a: Assessment, order: Map<string, number>): string {
  const ids = Object.keys(a.answers).sort((x, y) => STATUS_RANK[a.answers[x]!.status] - STATUS_RANK[a.answers[y]!.status] || (order.get(x) ?? 0) - (order.get(y) ?? 0));
  return [`Proposed answers for ${a.vendor} (a draft: a person decides)`, ...ids.map((id) => {
    const ans = a.answers[id]!;
    const quotes = ans.evidence.map((e) => `      "${e.quote}" (${e.location})`);
    return [`  ${STATUS_LABELS[ans.status].padEnd(12)} ${id}: ${ans.reason}`, ...quotes].join('\n');
  })].join('\n');
}

/** `checklist assess --vendor NAME --file PATH... [--json]`: a refused file is named with the reason (exit 2). */
export async function runAssess(parsed: { vendor: string; files: string[]; json: boolean }, io: CliIO): Promise<number> {
  const { questions } = await loadQuestions();
  let assessment: Assessment;
  try {
    const files = [];
    for (const f of parsed.files) files.push(await load(f, io.cwd));
    assessment = await assessFiles(parsed.vendor, files, questions);
  } catch (err) {
    if (isDocumentRejected(err)) throw new AppError(ErrorCode.InvalidInput, `${err.message} Nothing was assessed or stored.`);
    throw err;
  }
  if (parsed.json) writeJson(io, assessment);
  else writeLine(io.stdout, assessmentText(assessment, new Map(questions.map((q) => [q.id, q.order]))));
  return ExitCode.Ok;
}

function reportText(r: EvalReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    `${r.set}: ${r.documents} documents, ${r.correct}/${r.statuses} statuses right (${pct(r.accuracy)}), silent questions given a status: ${r.silentGivenStatus}, quotes not found verbatim: ${r.quotesNotFound} of ${r.quotes}`,
    ...r.misses.map((m) => `    ${m.file} ${m.question}: expected ${m.expected}, got ${m.got}`),
  ].join('\n');
}

/** `checklist assess-eval [--set tune|check] [--json]`: each half separately; exit 1 if a must-be-zero count is not. */
export async function runAssessEval(parsed: { set?: AssessEvalSet; json: boolean }, io: CliIO): Promise<number> {
  const { questions } = await loadQuestions();
  const reports = [];
  for (const set of parsed.set ? [parsed.set] : ASSESS_EVAL_SETS) reports.push(await evaluate(set, questions));
  if (parsed.json) writeJson(io, reports);
  else writeLine(io.stdout, reports.map(reportText).join('\n'));
  return reports.every((r) => r.silentGivenStatus === 0 && r.quotesNotFound === 0) ? ExitCode.Ok : ExitCode.Failure;
}
