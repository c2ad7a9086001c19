import { stripMarkers } from '../../knowledge/claims/claims.ts';
import { CARDS_DIR, loadCards, type Card } from '../../knowledge/load-cards.ts';

/** The stable ids of the twelve vendor questions, in order. Exports and stored answers use them: never rename. */
export const CHECKLIST_IDS = [
  'data-use', 'processor-role', 'data-location', 'security-assurance', 'model-provenance', 'incident-notification',
  'model-change', 'evaluation-bias', 'human-oversight', 'ip-indemnity', 'sla-limits', 'exit',
] as const;

export interface ChecklistQuestion {
  id: string;
  order: number;
  question: string;
  /** The card the question and its guidance come from. */
  cardId: string;
  cardTitle: string;
  guidance: { why: string; goodAnswer: string; redFlags: string };
  sources: { title: string; url: string; date: string }[];
}

/** The text under `## heading` up to the next level-2 heading, without the cards' `[^source]` markers. */
export function section(body: string, heading: string): string {
  const lines = body.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim().toLowerCase() === `## ${heading}`.toLowerCase());
  if (start < 0) return '';
  const end = lines.findIndex((l, i) => i > start && /^##\s/.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).map(stripMarkers).join('\n').trim();
}

export function questionFromCard(card: Card): ChecklistQuestion | undefined {
  if (!card.checklist) return undefined;
  return {
    id: card.checklist.id,
    order: card.checklist.order,
    question: card.checklist.question,
    cardId: card.id,
    cardTitle: card.title,
    guidance: {
      why: section(card.body, 'Why it matters'),
      goodAnswer: section(card.body, 'What a good answer looks like'),
      redFlags: section(card.body, 'Red flags'),
    },
    sources: card.sources,
  };
}

export interface QuestionSet {
  questions: ChecklistQuestion[];
  /** Missing ids, duplicates, or missing guidance sections: the checklist still works, `kb lint` should fix them. */
  problems: string[];
}

const cache = new Map<string, Promise<QuestionSet>>();

/** The twelve questions read from the knowledge cards carrying `checklist:` front matter, in order. */
export function loadQuestions(dir: string = CARDS_DIR): Promise<QuestionSet> {
  let p = cache.get(dir);
  if (!p) {
    p = loadCards(dir).then(({ cards }) => checkQuestions(cards.map(questionFromCard).filter((q): q is ChecklistQuestion => q !== undefined)));
    p.catch(() => cache.delete(dir));
    cache.set(dir, p);
  }
  return p;
}

function checkQuestions(found: ChecklistQuestion[]): QuestionSet {
  const questions = [...found].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const q of questions) {
    if (ids.has(q.id)) problems.push(`checklist id "${q.id}" appears on more than one card`);
    ids.add(q.id);
    if (!q.guidance.goodAnswer) problems.push(`${q.cardId}: no "## What a good answer looks like" section`);
    if (!q.guidance.redFlags) problems.push(`${q.cardId}: no "## Red flags" section`);
  }
  for (const id of CHECKLIST_IDS) if (!ids.has(id)) problems.push(`no card carries checklist id "${id}"`);
  return { questions, problems };
}
