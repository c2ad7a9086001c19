import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChecklistQuestion } from '../../checklist/questions.ts';
import { assessDocuments } from '../assess/assess.ts';
import { readDocument, squash } from '../read/index.ts';
import { DOCUMENTS_DIR, SOURCES_DIR, loadLabels, type AssessEvalSet } from './sets.ts';

export interface EvalMiss { file: string; question: string; expected: string; got: string }

export interface EvalReport {
  set: AssessEvalSet;
  documents: number;
  statuses: number;
  correct: number;
  accuracy: number;
  /** Questions a document does not address that got a status anyway (must be 0). */
  silentGivenStatus: number;
  /** Quotes not found word for word in the document's source text (must be 0). */
  quotesNotFound: number;
  quotes: number;
  misses: EvalMiss[];
}

/** Markdown inline markup a reader does not see: the source text is compared without it. */
function plainSource(text: string): string {
  return squash(text.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/(\*\*|__|`)/g, '').replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'"));
}

/**
 * Assesses every labelled document of a set and counts: statuses right, silent questions given a status, and
 * quotes missing from the text the document was written from (its source for generated files, else itself).
 */
export async function runAssessEval(set: AssessEvalSet, questions: ChecklistQuestion[]): Promise<EvalReport> {
  const labels = (await loadLabels()).filter((l) => l.set === set);
  const report: EvalReport = { set, documents: labels.length, statuses: 0, correct: 0, accuracy: 0, silentGivenStatus: 0, quotesNotFound: 0, quotes: 0, misses: [] };
  for (const label of labels) {
    const data = await readFile(join(DOCUMENTS_DIR, label.file));
    const doc = await readDocument(data, label.file);
    const source = plainSource(label.source ? await readFile(join(SOURCES_DIR, label.source), 'utf8') : data.toString('utf8'));
    const { answers } = assessDocuments(label.vendor, [doc], questions);
    for (const q of questions) {
      const expected = label.expected[q.id] ?? 'unanswered';
      const got = answers[q.id];
      report.statuses += 1;
      if (got?.status === expected) report.correct += 1;
      else report.misses.push({ file: label.file, question: q.id, expected, got: got?.status ?? 'missing' });
      if (expected === 'unanswered' && got && got.status !== 'unanswered') report.silentGivenStatus += 1;
      for (const e of got?.evidence ?? []) {
        report.quotes += 1;
        if (!source.includes(squash(e.quote))) report.quotesNotFound += 1;
      }
    }
  }
  report.accuracy = report.statuses ? report.correct / report.statuses : 0;
  return report;
}
