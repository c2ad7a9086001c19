import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatLintReport, lintCards } from '../../knowledge/lint.ts';
import { copyFixtureCards, REAL_CARDS, scratch } from './helpers.ts';

const TODAY = new Date('2026-06-01T00:00:00Z');

describe('kb lint', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let cards: string;
  beforeEach(async () => {
    ({ dir, cleanup } = await scratch('lint-test-'));
    cards = await copyFixtureCards(dir);
  });
  afterEach(() => cleanup());

  const edit = async (name: string, change: (text: string) => string) => {
    const path = join(cards, name);
    await writeFile(path, change(await readFile(path, 'utf8')));
  };
  const rules = async () => (await lintCards(cards, { today: TODAY })).errors.map((e) => e.rule);

  it('passes the fixture cards', async () => {
    const report = await lintCards(cards, { today: TODAY });
    expect(report).toMatchObject({ cards: 4, errors: [], warnings: [], ok: true });
  });

  it('fails a worked case tagged without its "case-" id, and a "case-" id without the tag', async () => {
    await edit('self-hosting-costs.md', (t) => t.replace('tags: [costs, self-hosting]', 'tags: [costs, self-hosting, case-study]'));
    expect(await rules()).toEqual(['front-matter']);
    await edit('self-hosting-costs.md', (t) => t.replace('tags: [costs, self-hosting, case-study]', 'tags: [costs, self-hosting]'));
    expect(await rules()).toEqual([]);
  });

  it('fails a sentence that points back at the one before from inside ("prices of that kind")', async () => {
    await edit('token-prices.md', (t) => t.replace('Anthropic offers', 'For discounts of that kind, Anthropic offers'));
    expect(await rules()).toEqual(['leaning-opening']);
    await edit('token-prices.md', (t) => t.replace('For discounts of that kind, Anthropic offers', 'Anthropic offers'));
    expect(await rules()).toEqual([]);
    // "…, which sits in that range": the range is the previous sentence's.
    await edit('token-prices.md', (t) => t.replace('50% on its models.', '50% on its models, which sits in that range.'));
    expect(await rules()).toEqual(['leaning-opening']);
    await edit('token-prices.md', (t) => t.replace('50% on its models, which sits in that range.', '50% on its models.'));
    // "…the prices on this card…": the card is no context a reader of one sentence has.
    await edit('token-prices.md', (t) => t.replace('50% on its models.', '50% on its models, like every price on this card.'));
    expect(await rules()).toEqual(['leaning-opening']);
    await edit('token-prices.md', (t) => t.replace('50% on its models, like every price on this card.', '50% on its models.'));
    expect(await rules()).toEqual([]);
  });

  it('fails a sentence that names what the one before introduced ("The firm chose…", "Other sources put…", "Anthropic also…")', async () => {
    for (const opening of ['The firm offers', 'Other sources say Anthropic offers', 'Anthropic also offers', 'For that firm, Anthropic offers']) {
      await edit('token-prices.md', (t) => t.replace(/^.*?Anthropic offers/m, opening));
      expect(await rules(), opening).toEqual(['leaning-opening']);
      await edit('token-prices.md', (t) => t.replace(opening, 'Anthropic offers'));
    }
    expect(await rules()).toEqual([]);
  });

  it('fails an addition to what came before ("…also offers", "…as well") but not one inside the sentence or "as well as"', async () => {
    const sentence = 'Anthropic offers a batch discount of 50% on its models.';
    for (const leaning of ['Anthropic on its API offers a batch discount of 50% on its models too.', 'Check as well that Anthropic offers a batch discount of 50% on its models.', 'Anthropic offers a batch discount of 50% on its models as well.', 'On its API Anthropic can also offer a batch discount of 50% on its models.']) {
      await edit('token-prices.md', (t) => t.replace(sentence, leaning));
      expect(await rules(), leaning).toEqual(['leaning-opening']);
      await edit('token-prices.md', (t) => t.replace(leaning, sentence));
    }
    for (const standing of ['Anthropic offers a batch discount of 50% on its models, because batch work is also cheaper to schedule.', 'Anthropic offers a batch discount of 50% on its models as well as on its older models.']) {
      await edit('token-prices.md', (t) => t.replace(sentence, standing));
      expect(await rules(), standing).toEqual([]);
      await edit('token-prices.md', (t) => t.replace(standing, sentence));
    }
  });

  it('fails a choice verdict not asked as a choice, or one opening with a yes or no', async () => {
    const verdict = (question: string, text: string) => `related: [self-hosting-costs]\nverdicts:\n  - question: "${question}"\n    choice: true\n    verdict: "${text}[^openai]"`;
    const set = (question: string, text: string) => edit('token-prices.md', (t) => t.replace(/related: \[self-hosting-costs\](\nverdicts:[\s\S]*?)?(?=\n---)/, verdict(question, text)));
    await set('Should we batch our overnight jobs or run them live?', 'Batch them: the Batch API halves the price of requests that can wait up to a day.');
    expect(await rules()).toEqual([]);
    await set('Should we batch our overnight jobs?', 'Batch them: the Batch API halves the price of requests that can wait up to a day.');
    expect(await rules()).toEqual(['front-matter']);
    await set('Should we batch our overnight jobs or run them live?', 'Yes: the Batch API halves the price of requests that can wait up to a day.');
    expect(await rules()).toEqual(['front-matter']);
  });

  it('fails a sentence that leans on the one before, a claim with no source, a marker naming no source, and an untrue catalogue', async () => {
    await edit('token-prices.md', (t) => t.replace('Anthropic offers', 'It also offers'));
    expect(await rules()).toEqual(['leaning-opening']);
    await edit('token-prices.md', (t) => t.replace('halves the price of requests that can wait up to a day.[^openai]', 'halves the price of requests that can wait up to a day.'));
    expect(await rules()).toContain('source-marker');
    await edit('token-prices.md', (t) => t.replace('[^anthropic]', '[^nobody]'));
    expect((await lintCards(cards, { today: TODAY })).errors.some((e) => e.message.includes('[^nobody] names no source'))).toBe(true);
    await edit('token-prices.md', (t) => t.replace('related: [self-hosting-costs]', 'related: [self-hosting-costs]\nentities:\n  - {name: Gemini 9, kind: model}'));
    expect(await rules()).toContain('entity');
  });

  it('fails a card with no front matter', async () => {
    await writeFile(join(cards, 'bare.md'), 'Just text.\n');
    expect(await rules()).toEqual(['front-matter']);
  });

  it('fails invalid front matter: bad YAML, a missing field, a malformed date', async () => {
    await edit('token-prices.md', (t) => t.replace('title: Token prices of closed models', 'title: [unclosed'));
    await edit('self-hosting-costs.md', (t) => t.replace(/^summary:[\s\S]*?(?=^tags:)/m, ''));
    await edit('transfer-rules.md', (t) => t.replace('as_of: "2026-01-15"', 'as_of: "15/01/2026"'));
    const report = await lintCards(cards, { today: TODAY });
    expect(report.ok).toBe(false);
    expect(report.errors.map((e) => [e.path.split('/').pop(), e.rule])).toEqual([
      ['self-hosting-costs.md', 'front-matter'],
      ['token-prices.md', 'front-matter'],
      ['transfer-rules.md', 'front-matter'],
    ]);
    expect(report.errors[0]?.message).toMatch(/summary/);
  });

  it('fails a card without sources', async () => {
    await edit('licence-attribution.md', (t) => t.replace(/^sources:[\s\S]*?(?=^as_of:)/m, 'sources: []\n'));
    expect(await rules()).toEqual(['no-sources']);
  });

  it('fails a broken related id', async () => {
    await edit('transfer-rules.md', (t) => t.replace('related: []', 'related: [no-such-card]'));
    const report = await lintCards(cards, { today: TODAY });
    expect(report.errors).toEqual([expect.objectContaining({ rule: 'broken-related', cardId: 'transfer-rules', message: expect.stringContaining('no-such-card') })]);
  });

  it('fails duplicate ids', async () => {
    await writeFile(join(cards, 'copy.md'), await readFile(join(cards, 'token-prices.md'), 'utf8'));
    expect((await rules()).sort()).toEqual(['duplicate-id', 'duplicate-id', 'id-file-name']);
  });

  it('fails an impossible date', async () => {
    await edit('transfer-rules.md', (t) => t.replace('review_by: "2099-01-15"', 'review_by: "2099-02-30"'));
    expect(await rules()).toEqual(['invalid-date']);
  });

  it('warns, without failing, when review_by has passed', async () => {
    await edit('token-prices.md', (t) => t.replace('review_by: "2099-01-15"', 'review_by: "2026-03-01"'));
    const report = await lintCards(cards, { today: TODAY });
    expect(report.ok).toBe(true);
    expect(report.warnings).toEqual([expect.objectContaining({ rule: 'review-due', cardId: 'token-prices' })]);
    expect(formatLintReport(report)).toMatch(/warning\s+.*token-prices\.md\s+\[review-due\]/);
  });

  it('passes the real knowledge base', async () => {
    const report = await lintCards(REAL_CARDS);
    expect(report.errors).toEqual([]);
  });
});
