import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../../bot/answer/grounding.ts';
import { buildGroundedPrompt } from '../../../bot/answer/prompt.ts';

describe('checkGrounding', () => {
  it('renumbers citations in order of first use and keeps only the cited passages', () => {
    expect(checkGrounding('B is true [3]. A is true [1]. Both [1, 3].', 4)).toEqual({ ok: true, text: 'B is true [1]. A is true [2]. Both [2][1].', cited: [3, 1] });
  });
  it('accepts adjacent markers and repeated numbers', () => {
    expect(checkGrounding('X [2][2] and Y [2,2].', 2)).toEqual({ ok: true, text: 'X [1][1] and Y [1].', cited: [2] });
  });
  it.each([
    ['a number past the last passage', 'True [1] and [4].'],
    ['passage zero', 'True [0].'],
  ])('rejects %s', (_, answer) => {
    expect(checkGrounding(answer, 3)).toEqual({ ok: false, problem: 'out-of-range' });
  });
  it('rejects an answer that cites nothing', () => {
    expect(checkGrounding('Self-hosting is always cheaper.', 3)).toEqual({ ok: false, problem: 'no-citations' });
  });
  it('does not read placeholders or Markdown links as citations', () => {
    expect(checkGrounding('Write to [EMAIL], see [the card](https://example.org).', 3)).toEqual({ ok: false, problem: 'no-citations' });
  });
  it('recognises the model declining to answer', () => {
    expect(checkGrounding("I don't know from the knowledge base.", 3)).toEqual({ ok: false, problem: 'declined' });
  });
});

describe('buildGroundedPrompt', () => {
  it('numbers the passages, clips the history to the last turns, and ends with the question', () => {
    const history = Array.from({ length: 6 }, (_, i) => ({ role: (i % 2 ? 'bot' : 'user') as 'user' | 'bot', text: `turn ${i}${i % 2 ? ' [1][2]' : ''}` }));
    const [system, user] = buildGroundedPrompt({
      passages: [
        { title: 'Card A', heading: 'Costs', text: 'Alpha.' },
        { title: 'Card B', text: 'Beta.' },
      ],
      question: 'And the costs?',
      history,
    });
    expect(system!.role).toBe('system');
    expect(system!.content).toMatch(/ONLY from the numbered passages/);
    expect(system!.content).toMatch(/I don't know/);
    expect(user!.content).toContain('[1] Card A — Costs\nAlpha.');
    expect(user!.content).toContain('[2] Card B\nBeta.');
    expect(user!.content).not.toContain('turn 1');
    expect(user!.content).toContain('User: turn 2');
    // An earlier answer's citation numbers would clash with this prompt's: they are dropped.
    expect(user!.content).toContain('Assistant: turn 5\n');
    expect(user!.content.endsWith('Question: And the costs?')).toBe(true);
  });
});
