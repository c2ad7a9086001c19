import { detectPersonalData } from '../detect.ts';
import { PERSONAL_DATA_TYPES, type PersonalDataFinding, type PersonalDataType } from '../types.ts';
import type { LabelledMessage } from './corpus.ts';

/** Recall and precision for one kind. */
export interface KindScore {
  type: PersonalDataType;
  /** Labelled items of this kind. */
  labelled: number;
  /** Labelled items fully redacted by a finding of this kind. */
  found: number;
  /** Findings of this kind. */
  predicted: number;
  /** Findings of this kind that overlap a labelled item of this kind. */
  correct: number;
}

export interface CorpusScore {
  perKind: KindScore[];
  /** Labelled items whose every letter and digit is redacted, whatever kind the finding names. */
  redacted: { labelled: number; covered: number };
  /** Findings that overlap any labelled item, of all findings. */
  overall: { predicted: number; correct: number };
  /** Messages without personal data in which something was found anyway. */
  negativesFlagged: number;
  negatives: number;
  /** Where it went wrong, for tuning: ids and kinds only (the corpus holds fake values, but keep the habit). */
  misses: { id: string; type: PersonalDataType; value: string }[];
  falsePositives: { id: string; type: PersonalDataType; value: string }[];
}

interface Span {
  type: PersonalDataType;
  start: number;
  end: number;
}

/** Labelled values as spans; a value given twice marks its first and second occurrence. */
function labelledSpans(m: LabelledMessage): Span[] {
  const spans: Span[] = [];
  for (const p of m.pii) {
    let from = 0;
    let start = m.text.indexOf(p.value, from);
    while (spans.some((s) => s.start === start)) {
      from = start + 1;
      start = m.text.indexOf(p.value, from);
    }
    spans.push({ type: p.type, start, end: start + p.value.length });
  }
  return spans;
}

/** True when every letter and digit of `span` lies inside one of `findings` (separators and punctuation may stay). */
function covered(text: string, span: Span, findings: PersonalDataFinding[]): boolean {
  for (let i = span.start; i < span.end; i++) {
    if (/[\p{L}\p{N}]/u.test(text[i]!) && !findings.some((f) => f.start <= i && i < f.end)) return false;
  }
  return true;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Scores a detector (the real one by default) on labelled messages. */
export function scoreCorpus(messages: LabelledMessage[], detect: (text: string) => PersonalDataFinding[] = detectPersonalData): CorpusScore {
  const perKind = new Map<PersonalDataType, KindScore>(PERSONAL_DATA_TYPES.map((type) => [type, { type, labelled: 0, found: 0, predicted: 0, correct: 0 }]));
  const score: CorpusScore = { perKind: [], redacted: { labelled: 0, covered: 0 }, overall: { predicted: 0, correct: 0 }, negativesFlagged: 0, negatives: 0, misses: [], falsePositives: [] };
  for (const m of messages) {
    const gold = labelledSpans(m);
    const findings = detect(m.text);
    if (gold.length === 0) {
      score.negatives += 1;
      if (findings.length > 0) score.negativesFlagged += 1;
    }
    for (const g of gold) {
      const k = perKind.get(g.type)!;
      k.labelled += 1;
      score.redacted.labelled += 1;
      const isCovered = covered(m.text, g, findings);
      if (isCovered) score.redacted.covered += 1;
      if (isCovered && findings.some((f) => f.type === g.type && overlaps(f, g))) k.found += 1;
      else score.misses.push({ id: m.id, type: g.type, value: m.text.slice(g.start, g.end) });
    }
    for (const f of findings) {
      const k = perKind.get(f.type)!;
      k.predicted += 1;
      score.overall.predicted += 1;
      if (gold.some((g) => overlaps(f, g))) score.overall.correct += 1;
      if (gold.some((g) => g.type === f.type && overlaps(f, g))) k.correct += 1;
      else score.falsePositives.push({ id: m.id, type: f.type, value: m.text.slice(f.start, f.end) });
    }
  }
  score.perKind = [...perKind.values()];
  return score;
}

/** A ratio as a percentage, or "n/a" when there is nothing to divide by. */
export function percent(numerator: number, denominator: number): string {
  return denominator === 0 ? 'n/a' : `${((100 * numerator) / denominator).toFixed(1)}%`;
}

/** Micro-averaged recall and precision over all kinds (kind must match). */
export function totals(score: CorpusScore): { recall: number; precision: number } {
  const sum = (f: (k: KindScore) => number) => score.perKind.reduce((s, k) => s + f(k), 0);
  const labelled = sum((k) => k.labelled);
  const predicted = sum((k) => k.predicted);
  return { recall: labelled ? sum((k) => k.found) / labelled : 1, precision: predicted ? sum((k) => k.correct) / predicted : 1 };
}
