import { describe, expect, it } from 'vitest';
import { loadCards } from '../../knowledge/load-cards.ts';
import { chunkCard, chunkEmbedText } from '../../knowledge/chunk.ts';
import { FIXTURE_CARDS } from './helpers.ts';

describe('chunking by heading', async () => {
  const { cards } = await loadCards(FIXTURE_CARDS);
  const card = cards.find((c) => c.id === 'token-prices');
  if (!card) throw new Error('fixture card token-prices missing');
  const chunks = chunkCard(card);

  it('makes the summary a chunk and one chunk per section, with nested heading paths', () => {
    expect(chunks.map((c) => c.id)).toEqual([
      'token-prices#summary',
      'token-prices#closed-model-prices',
      'token-prices#batch-discounts--openai-batch',
      'token-prices#batch-discounts--anthropic-batch',
    ]);
    expect(chunks[0]).toMatchObject({ kind: 'summary', headingPath: ['Summary'] });
    expect(chunks[2]?.headingPath).toEqual(['Batch discounts', 'OpenAI batch']);
  });

  it('keeps card id, title, sources and text on every chunk', () => {
    for (const c of chunks) {
      expect(c.cardId).toBe('token-prices');
      expect(c.title).toBe('Token prices of closed models');
      expect(c.sources.map((s) => s.url)).toEqual(['https://example.org/openai-pricing', 'https://example.org/anthropic-pricing']);
      expect(c.text.length).toBeGreaterThan(10);
      expect(c.hash).toMatch(/^[0-9a-f]{16}$/);
    }
    expect(chunks[1]?.text).toContain('$1.75 per million input tokens');
    expect(chunkEmbedText(chunks[1]!)).toMatch(/^Token prices of closed models\. Closed model prices\. GPT-5\.2/);
  });

  it('gives stable ids and changes a hash only when that chunk changes', () => {
    const again = chunkCard(card);
    expect(again.map((c) => [c.id, c.hash])).toEqual(chunks.map((c) => [c.id, c.hash]));
    const edited = chunkCard({ ...card, body: card.body.replace('halves the price', 'cuts the price in half') });
    const changed = edited.filter((c, i) => c.hash !== chunks[i]?.hash).map((c) => c.id);
    expect(changed).toEqual(['token-prices#batch-discounts--openai-batch']);
  });

  it('numbers repeated headings and ignores headings inside code fences', () => {
    const body = '## Notes\nfirst\n\n## Notes\nsecond\n\n```\n## not a heading\n```\n';
    const out = chunkCard({ ...card, body });
    expect(out.map((c) => c.id)).toEqual(['token-prices#summary', 'token-prices#notes', 'token-prices#notes-2']);
    expect(out[2]?.text).toContain('## not a heading');
  });
});
