import type { RetrievalMode } from '../retrieval/retriever.ts';
import { isAnswerable, type EvalQuestion } from './questions.ts';

/** Answers a question with a given retrieval mode and returns the answer text (the extractive answerer, in practice). */
export type AnswerText = (question: string, mode: RetrievalMode) => Promise<string>;
/** The texts of the top chunks for a question, best first. */
export type TopTexts = (question: string, mode: RetrievalMode, k: number) => Promise<string[]>;

export interface ModeResult {
  mode: RetrievalMode;
  questions: number;
  /** Share of questions whose answer text matches every `must` regex (case-insensitive). */
  accuracy: number;
  /** The same, matching the regexes case-sensitively. */
  strictAccuracy: number;
  /** Share of questions whose every `must` regex matches the top chunk. */
  recallAt1: number;
  /** Share of questions whose every `must` regex matches somewhere in the top three chunks. */
  recallAt3: number;
  /** Question ids that failed each measure. */
  failed: { answer: string[]; recallAt1: string[]; recallAt3: string[] };
}

export interface EvalReport {
  questionsFile?: string;
  modes: ModeResult[];
  /** True when fused beats both single signals on answer accuracy or recall@1/@3 and loses on none. */
  fusedBest: boolean;
}

const allMatch = (must: string[], text: string, flags: string) => must.every((m) => new RegExp(m, flags).test(text));

/**
 * Runs the evaluation for each mode: answer accuracy over the composed answers, and fact recall@1/@3 over the
 * retrieved chunks (every regex must match within the top 1 / top 3 chunks taken together). Only answerable
 * questions are scored: the others have no facts to find.
 */
export async function runEval(
  questions: EvalQuestion[],
  fns: { answer: AnswerText; topTexts: TopTexts },
  modes: RetrievalMode[] = ['bm25', 'dense', 'fused'],
): Promise<EvalReport> {
  const scored = questions.filter(isAnswerable);
  const results: ModeResult[] = [];
  for (const mode of modes) {
    const failed = { answer: [] as string[], recallAt1: [] as string[], recallAt3: [] as string[] };
    let ok = 0;
    let strict = 0;
    let r1 = 0;
    let r3 = 0;
    for (const q of scored) {
      const answer = await fns.answer(q.q, mode);
      if (allMatch(q.must, answer, 'i')) ok += 1;
      else failed.answer.push(q.id);
      if (allMatch(q.must, answer, '')) strict += 1;
      const top = await fns.topTexts(q.q, mode, 3);
      if (allMatch(q.must, top.slice(0, 1).join('\n'), 'i')) r1 += 1;
      else failed.recallAt1.push(q.id);
      if (allMatch(q.must, top.join('\n'), 'i')) r3 += 1;
      else failed.recallAt3.push(q.id);
    }
    const n = Math.max(1, scored.length);
    results.push({ mode, questions: scored.length, accuracy: ok / n, strictAccuracy: strict / n, recallAt1: r1 / n, recallAt3: r3 / n, failed });
  }
  return { modes: results, fusedBest: isFusedBest(results) };
}

function isFusedBest(results: ModeResult[]): boolean {
  const fused = results.find((r) => r.mode === 'fused');
  const others = results.filter((r) => r.mode !== 'fused');
  if (!fused || !others.length) return false;
  const keys = ['accuracy', 'recallAt1', 'recallAt3'] as const;
  return others.every((o) => keys.every((k) => fused[k] >= o[k]) && keys.some((k) => fused[k] > o[k]));
}
