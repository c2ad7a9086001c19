import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { lintCards } from '../../knowledge/lint.ts';
import { BRIDGES_PATH } from '../../knowledge/retrieval/text/bridges.ts';
import { realCardsWithData } from './helpers.ts';

/** kb lint over a copy of the real cards and the real bridges file, one bridge added at a time. */
describe('kb lint: everyday words bridged to the cards\' words', () => {
  let cleanup: () => Promise<void>;
  let cards: string;
  let file: string;
  beforeEach(async () => {
    ({ cards, file, cleanup } = await realCardsWithData('lint-bridges-', BRIDGES_PATH));
  });
  afterEach(() => cleanup());

  const add = async (bridge: { says: string[]; means: string; synonym?: true }) => {
    const data = JSON.parse(await readFile(file, 'utf8')) as { bridges: unknown[] };
    data.bridges.push(bridge);
    await writeFile(file, JSON.stringify(data));
  };
  const errors = async () => (await lintCards(cards)).errors.filter((e) => e.rule === 'bridge').map((e) => e.message);

  it('passes the real bridges file, read from beside the cards folder', async () => {
    expect(await errors()).toEqual([]);
  });

  it('fails words no card uses, a phrase that keeps one common term, and a phrase said twice', async () => {
    await add({ says: ['zork the frobnicator', 'for testing only', 'dev only'], means: 'quantum procurement lattice' });
    await add({ says: ['zork the frobnicator'], means: 'self-attestation' });
    const found = await errors();
    expect(found).toEqual(expect.arrayContaining([
      expect.stringMatching(/no card uses "quantum procurement lattice"/),
      expect.stringMatching(/"for testing only" keeps one index term/),
      expect.stringMatching(/"dev only" keeps one index term/),
      expect.stringMatching(/"zork the frobnicator" is also said in/),
    ]));
    expect(found).toHaveLength(4);
  });

  it('allows a widely used single word only as a one-word synonym of one word', async () => {
    // "licence" is in dozens of passages: alone it would bridge every question using it, unless it is a synonym.
    await add({ says: ['licence'], means: 'vendor' });
    await add({ says: ['agreements'], means: 'contract', synonym: true });
    await add({ says: ['model cards'], means: 'vendor', synonym: true });
    const found = await errors();
    expect(found).toEqual([
      expect.stringMatching(/"licence" is one word the cards use in \d+ passages/),
      expect.stringMatching(/a synonym bridges one word to one word, not "model cards" to "vendor"/),
    ]);
  });

  it('fails a phrase keeping shorthand that a question is read without ("info" is read as "information")', async () => {
    await add({ says: ['zork info abroad', 'zork information abroad'], means: 'self-attestation' });
    expect(await errors()).toEqual([expect.stringMatching(/"zork info abroad" is read as "zork information abroad" in a question, so "info" never matches/)]);
  });
});
