/**
 * Checks a model's answer against the passages it was given, and renumbers its citations.
 * The model sees passages [1]..[k]; the reply lists only the passages it actually cited, numbered [1].. in order of
 * first use, so the markers in the text are rewritten to match.
 */

/** Shown when the model's answer is replaced by the extractive one because its citations did not check out. */
export const UNVERIFIED_NOTE = "The model's answer could not be verified against the sources, so here is the answer straight from the knowledge base.";
/** Shown when the model said it could not answer from the passages and the knowledge base's own answer is given. */
export const DECLINED_NOTE = 'The model could not answer from the sources, so here is the answer straight from the knowledge base.';

export type GroundingProblem = 'no-citations' | 'out-of-range' | 'declined';

export type GroundingCheck =
  | {
      ok: true;
      /** The answer with markers renumbered 1.. in order of first use. */
      text: string;
      /** Original passage numbers (1-based) in order of first use: reply citation i+1 is passage cited[i]. */
      cited: number[];
    }
  | { ok: false; problem: GroundingProblem };

/** "[2]", "[1, 3]", "[1,2,3]": digits only, so "[EMAIL]" placeholders and Markdown links are not markers. */
const MARKER = /\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]/g;
const DECLINE = /^\W*(?:I\s+(?:do\s+not|don['’]?t)\s+know|The\s+(?:passages|sources)\s+do\s+not)/i;

/** Parses, validates and renumbers the citations of `answer`, given `passageCount` numbered passages. */
export function checkGrounding(answer: string, passageCount: number): GroundingCheck {
  const order: number[] = [];
  for (const m of answer.matchAll(MARKER)) {
    for (const n of numbersIn(m[1] ?? '')) {
      if (n < 1 || n > passageCount) return { ok: false, problem: 'out-of-range' };
      if (!order.includes(n)) order.push(n);
    }
  }
  if (order.length === 0) return { ok: false, problem: DECLINE.test(answer) ? 'declined' : 'no-citations' };
  const renumber = new Map(order.map((n, i) => [n, i + 1]));
  const text = answer
    .replace(MARKER, (_, list: string) => [...new Set(numbersIn(list))].map((n) => `[${renumber.get(n)}]`).join(''))
    .trim();
  return { ok: true, text, cited: order };
}

function numbersIn(list: string): number[] {
  return list.split(',').map((s) => Number(s.trim()));
}
