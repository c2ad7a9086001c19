import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadCards } from '../../knowledge/load-cards.ts';
import { ANSWER_KINDS, loadEvalQuestions, UNANSWERABLE_CATEGORIES, type EvalQuestion } from '../../knowledge/eval/questions.ts';
import { EVAL_SET_NAMES, evalSetFile } from '../../knowledge/eval/sets.ts';

// The shape of the team's evaluation set (knowledge/eval/sets/README.md): big enough, written the way people type,
// labelled from the cards, and split into two disjoint halves.
const tune = await loadEvalQuestions(evalSetFile('tune'));
const check = await loadEvalQuestions(evalSetFile('check'));
const dev = await loadEvalQuestions(evalSetFile('dev'));
const fresh = await loadEvalQuestions(evalSetFile('fresh'));
const both = [...tune, ...check];
const { cards } = await loadCards();
const cardText = new Map(cards.map((c) => [c.id, readFileSync(c.path, 'utf8')]));
const prices = readFileSync(new URL('../../knowledge/data/prices.json', import.meta.url), 'utf8');
const everything = [...cardText.values(), prices].join('\n');

const answerable = (xs: EvalQuestion[]) => xs.filter((q) => q.answerable !== false);
const unanswerable = (xs: EvalQuestion[]) => xs.filter((q) => q.answerable === false);
const normalise = (q: string) => q.toLowerCase().replace(/\s+/g, ' ').trim();
/** A term as written, or with its words joined by spaces or hyphens ("Phi-4", "phi 4", "Phi4"). */
const termPattern = (term: string) =>
  new RegExp(`(?<![a-z0-9])${term.split(/[\s-]+/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s-]*')}(?![a-z0-9])`, 'i');

describe('the evaluation set', () => {
  it('has at least 280 answerable questions and 70 that must not be answered confidently, across every kind', () => {
    expect(answerable(both).length).toBeGreaterThanOrEqual(280);
    expect(unanswerable(both).length).toBeGreaterThanOrEqual(70);
    for (const kind of ANSWER_KINDS) {
      for (const half of [tune, check]) expect(answerable(half).filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
    }
    for (const category of UNANSWERABLE_CATEGORIES) {
      for (const half of [tune, check]) expect(unanswerable(half).filter((q) => q.category === category).length, category).toBeGreaterThanOrEqual(8);
    }
  });

  it('is mostly written the way people type in Slack: at least 40% overall and a third of each half', () => {
    const slack = (xs: EvalQuestion[]) => xs.filter((q) => q.style === 'slack').length / xs.length;
    expect(slack(both)).toBeGreaterThanOrEqual(0.4);
    for (const half of [tune, check]) expect(slack(half)).toBeGreaterThanOrEqual(1 / 3);
  });

  it('labels every question fully: kind, style, answerability, 1-3 fact regexes and cards, or a category', () => {
    for (const q of [...both, ...fresh]) {
      expect(q.kind, q.id).toBeDefined();
      expect(q.style, q.id).toBeDefined();
      expect(typeof q.answerable, q.id).toBe('boolean');
      if (q.answerable) {
        expect(q.must!.length, q.id).toBeGreaterThanOrEqual(1);
        expect(q.must!.length, q.id).toBeLessThanOrEqual(3);
        expect(q.cards?.length, q.id).toBeGreaterThanOrEqual(1);
      } else if (q.category !== 'near-miss') {
        expect(q.kind, q.id).toBe(q.category);
      }
    }
  });

  it('cites cards that exist, and every fact regex matches one of the cited cards', () => {
    for (const q of answerable([...both, ...fresh])) {
      const texts = q.cards!.map((id) => cardText.get(id));
      expect(texts.every(Boolean), `${q.id} cites ${q.cards!.join(', ')}`).toBe(true);
      // A figure the answer must compute from the asker's numbers is checked against the sum that gives it.
      const sums = new Map((q.sums ?? []).map((s) => [s.must, s.working]));
      for (const m of q.must!) {
        const working = sums.get(m);
        if (working !== undefined) expect(new RegExp(m, 'i').test(working), `${q.id}: ${m} in its sum "${working}"`).toBe(true);
        else expect(texts.some((t) => new RegExp(m, 'i').test(t!)), `${q.id}: ${m} in ${q.cards!.join(', ')}`).toBe(true);
      }
    }
  });

  it('names in each near miss only things no card or price covers', () => {
    const nearMisses = both.filter((q) => q.category === 'near-miss');
    expect(nearMisses.length).toBeGreaterThanOrEqual(30);
    for (const q of [...nearMisses, ...fresh.filter((x) => x.category === 'near-miss')]) {
      for (const term of q.unknown!) expect(termPattern(term).test(everything), `${q.id}: "${term}" appears in the knowledge base`).toBe(false);
    }
  });

  it('has no duplicated question, and two disjoint halves of about the same size', () => {
    const texts = [...both, ...dev, ...fresh].map((q) => normalise(q.q));
    expect(new Set(texts).size).toBe(texts.length);
    const ids = [...both, ...fresh].map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    const tuneIds = new Set(tune.map((q) => q.id));
    expect(check.filter((q) => tuneIds.has(q.id))).toEqual([]);
    expect(Math.abs(tune.length - check.length)).toBeLessThanOrEqual(Math.ceil(both.length * 0.05));
  });
});

// Every set in the repository, blind ones included, is labelled against the cards as they are now: a card edit that
// drops a labelled fact, or starts to cover a near miss's unknown thing, fails here and the label must be revisited.
describe('every evaluation set', () => {
  it.each(EVAL_SET_NAMES.filter((name) => name !== 'dev'))('%s: cited cards exist, fact regexes match them, near misses stay uncovered, ids are unique', async (name) => {
    const questions = await loadEvalQuestions(evalSetFile(name));
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    for (const q of answerable(questions)) {
      const texts = (q.cards ?? []).map((id) => cardText.get(id));
      expect(texts.length > 0 && texts.every(Boolean), `${q.id} cites ${(q.cards ?? []).join(', ')}`).toBe(true);
      // A figure the answer must compute from the asker's numbers is checked against the sum that gives it.
      const sums = new Map((q.sums ?? []).map((s) => [s.must, s.working]));
      for (const m of q.must!) {
        const working = sums.get(m);
        if (working !== undefined) expect(new RegExp(m, 'i').test(working), `${q.id}: ${m} in its sum "${working}"`).toBe(true);
        else expect(texts.some((t) => new RegExp(m, 'i').test(t!)), `${q.id}: ${m} in ${q.cards!.join(', ')}`).toBe(true);
      }
    }
    for (const q of questions.filter((x) => x.category === 'near-miss')) {
      for (const term of q.unknown!) expect(termPattern(term).test(everything), `${q.id}: "${term}" appears in the knowledge base`).toBe(false);
    }
  });
});
