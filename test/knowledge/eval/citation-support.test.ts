import { describe, expect, it } from 'vitest';
import { citationSupport, claimIndex } from '../../../knowledge/eval/citation-support.ts';
import type { Card } from '../../../knowledge/load-cards.ts';

const card = {
  id: 'prices', title: 'Prices', summary: 'GPT-5.2 costs $1.75 per million input tokens.[^openai]', tags: ['x'], as_of: '2026-01-01', review_by: '2027-01-01',
  related: [], entities: [], questions: [], verdicts: [], path: 'prices.md',
  sources: [{ id: 'openai', title: 'OpenAI pricing', url: 'https://example.org/openai', date: '2026' }, { id: 'anthropic', title: 'Anthropic pricing', url: 'https://example.org/anthropic', date: '2026' }],
  body: '## Claude\nClaude Opus 4.6 costs $5 per million input tokens.[^anthropic]',
} as Card;

describe('citation support', () => {
  const index = claimIndex([card]);

  it('counts a quoted sentence as supported only when its [n] opens a page its marker names', () => {
    const right = { answer: 'Claude Opus 4.6 costs $5 per million input tokens. [1]', citations: [{ n: 1, url: 'https://example.org/anthropic' }] };
    const wrong = { answer: 'Claude Opus 4.6 costs $5 per million input tokens. [1]', citations: [{ n: 1, url: 'https://example.org/openai' }] };
    expect(citationSupport(right, index)).toEqual({ checked: 1, supported: 1 });
    expect(citationSupport(wrong, index)).toEqual({ checked: 1, supported: 0 });
  });

  it('does not count sentences the cards do not hold verbatim', () => {
    const verdict = { answer: 'Yes, on conditions. [1] GPT-5.2 costs $1.75 per million input tokens. [1]', citations: [{ n: 1, url: 'https://example.org/openai' }] };
    expect(citationSupport(verdict, index)).toEqual({ checked: 1, supported: 1 });
  });
});
