import { describe, expect, it } from 'vitest';
import { namedAsExample } from '../../../bot/answer/compose.ts';
import { terms } from '../../../knowledge/retrieval/text/tokenize.ts';

describe('names given only as examples', () => {
  it('reads the names after "such as", "for example" and "like", in a list joined by commas, "or" and "and"', () => {
    const found = namedAsExample('For most small firms a closed API such as ChatGPT, Claude or Gemini is the sensible first choice.');
    expect([...found].sort()).toEqual([...terms('ChatGPT Claude Gemini')].sort());
    expect([...namedAsExample('Hosts like RunPod and Lambda rent GPUs by the hour.')].sort()).toEqual([...terms('RunPod Lambda')].sort());
  });

  it('keeps a name the sentence also gives outside its examples: there it is the subject', () => {
    const found = namedAsExample('Llama 4 is licensed per model, and open-weight models such as Llama 4 Maverick or Mistral ship weights.');
    expect(found.has(terms('Mistral')[0] ?? '')).toBe(true);
    expect(found.has(terms('Llama')[0] ?? '')).toBe(false);
  });

  it('reads nothing in a sentence with no examples, or examples in lower case', () => {
    expect(namedAsExample('Closed-source AI means the vendor keeps the model weights.').size).toBe(0);
    expect(namedAsExample('A review covers costs, such as token prices and GPU rental.').size).toBe(0);
  });
});
