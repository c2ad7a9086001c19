import { beforeAll, describe, expect, it } from 'vitest';
import { chunkCards } from '../../../knowledge/chunk.ts';
import type { Catalogue } from '../../../knowledge/entities/catalogue.ts';
import { coverageOf } from '../../../knowledge/entities/coverage.ts';
import { loadCards } from '../../../knowledge/load-cards.ts';

/** The catalogue's reading of names in a message, over the real cards. */
describe('catalogue mentions', () => {
  let catalogue: Catalogue;
  beforeAll(async () => {
    catalogue = coverageOf(chunkCards((await loadCards()).cards)).catalogue;
  });
  const names = (text: string) => catalogue.mentions(text).map((m) => m.entry?.name ?? `unknown: ${m.text}`);

  it('reads a version typed without its trailing zero as the version the cards name ("vllm 0.6" is vLLM 0.6.0)', () => {
    expect(names('70b on 4x h100 with vllm 0.6 - throughput?').filter((n) => /vllm/i.test(n))).toEqual(['vLLM']);
    expect(names('vllm 0.5 throughput?')).toContain('unknown: vllm 0.5');
  });

  it('reads a size the cards hold with its release as that model, not as the release and a stray size', () => {
    expect(names('a100 vs h100 on llama 3.1 8b throughput?')).toEqual(['A100', 'H100', 'Llama 3.1 8B', 'throughput']);
    expect(names('llama 3.1 70b on one h100')).toEqual(['Llama 3.1 70B', 'H100']);
    // A version alone is still read with its family.
    expect(names('is llama 3.1 ok commercially?')).toEqual(['Llama 3.1']);
  });

  it('reads another size after a short form of a model named by its size as another model, the held one its closest', () => {
    const [mention] = catalogue.mentions('which use restrictions come with ministral 3b?');
    expect(mention?.text).toBe('Ministral 3B');
    expect(mention?.entry).toBeUndefined();
    expect(mention?.closest.map((e) => e.name)).toEqual(['Ministral 8B']);
    expect(names('ministral 8b licence?')).toEqual(['Ministral 8B']);
    expect(names('ministral licence?')).toEqual(['Ministral 8B']);
  });

  it('never runs a name across a comma or a full stop', () => {
    expect(names('which is cheapest haiku 4.5, sonnet 4.5 or opus 4.6?')).toEqual(['Claude Haiku 4.5', 'Claude Sonnet 4.5', 'Claude Opus 4.6']);
    expect(names('we are on gemini 2.5 pro. thinking of moving')).toEqual(['Gemini 2.5 Pro']);
  });

  it('reads a bare version with the family named before it, only when the catalogue holds that version', () => {
    expect(names('we are on gemini 2.5 pro. thinking of moving to 3.1 pro')).toEqual(['Gemini 2.5 Pro', 'Gemini 3.1 Pro']);
    // A figure that is no version of the family stays a figure.
    expect(names('we are on gemini 2.5 pro and spend 3.9 thousand a month')).toEqual(['Gemini 2.5 Pro']);
    // With no family named before it, a version is nobody's.
    expect(names('moving to 3.1 pro')).toEqual([]);
    // The family named alone counts too ("costing gemini … 2.5 pro"); a letter glued to a figure is a code ("kimi k2").
    expect(names('costing gemini for contract review. what does 2.5 pro charge?')).toEqual(['Gemini', 'Gemini 2.5 Pro']);
    expect(names('like llama, does kimi k2 have a user cap?')).toEqual(['Llama']);
    // An amount after a family is no version of it: "~€4k/mo", "$4,000", "over $5k".
    expect(names('opus 4.6 bill is ~€4k/mo')).toEqual(['Claude Opus 4.6']);
    expect(names('opus 4.6 costs us $4,000 a month')).toEqual(['Claude Opus 4.6']);
    expect(names('gpt-5.2 and the bill is over $5k')).toEqual(['GPT-5.2']);
  });

  it('reads a sibling named by its own letter and version after its family ("deepseek r1 vs v3")', () => {
    expect(names('deepseek r1 vs v3 licence, same thing?')).toEqual(['DeepSeek-R1', 'DeepSeek V3']);
    // Only when the family's first word with it names an entry: "r1 vs v9" names no DeepSeek V9.
    expect(names('deepseek r1 vs v9?')).toEqual(['DeepSeek-R1']);
    expect(names('v3 licence?')).toEqual([]);
  });
});
