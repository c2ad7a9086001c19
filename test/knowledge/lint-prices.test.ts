import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { lintCards } from '../../knowledge/lint.ts';
import { PRICES_PATH } from '../../workflows/decision/prices.ts';
import { realCardsWithData } from './helpers.ts';

/** kb lint over a copy of the real cards and the real price file, one entry edited at a time. */
describe('kb lint: token prices against their cards', () => {
  let cleanup: () => Promise<void>;
  let cards: string;
  let prices: string;
  beforeEach(async () => {
    ({ cards, file: prices, cleanup } = await realCardsWithData('lint-prices-', PRICES_PATH));
  });
  afterEach(() => cleanup());

  type Entry = Record<string, unknown>;
  /** Edits the first model price entry for `model` on `card`. */
  const editEntry = async (model: string, card: string, change: (e: Entry) => void) => {
    const data = JSON.parse(await readFile(prices, 'utf8')) as { model_prices_usd_per_million: Entry[] };
    const entry = data.model_prices_usd_per_million.find((e) => e.model === model && e.card === card);
    if (!entry) throw new Error(`no entry for ${model} on ${card}`);
    change(entry);
    await writeFile(prices, JSON.stringify(data));
  };
  const errors = async () => (await lintCards(cards)).errors.map((e) => [e.rule, e.cardId, e.message]);

  it('passes the real price file, read from beside the cards folder', async () => {
    expect(await errors()).toEqual([]);
  });

  it('fails a figure the card does not state for that model', async () => {
    await editEntry('Claude Haiku 4.5', 'anthropic-api-prices', (e) => { e.output = 4; });
    expect(await errors()).toEqual([['price-figures', 'anthropic-api-prices', expect.stringMatching(/\(Claude Haiku 4\.5, \$1\/\$4\): no sentence of anthropic-api-prices names Claude Haiku 4\.5 with these figures/)]]);
  });

  it("fails a figure another model's sentence states, and a tier the sentence does not name", async () => {
    // $3/$15 are on the card, but said of Claude Sonnet, not of Claude Opus 4.5.
    await editEntry('Claude Opus 4.5', 'anthropic-api-prices', (e) => { e.input = 3; e.output = 15; });
    await editEntry('Gemini 3 Flash', 'google-gemini-api-prices', (e) => { e.context = 'prompts over 200,000 tokens'; });
    expect((await errors()).map((e) => e.slice(0, 2))).toEqual([['price-figures', 'anthropic-api-prices'], ['price-figures', 'google-gemini-api-prices']]);
  });

  it('fails a model name that is not exactly a catalogue entity of its card, and an unknown provider', async () => {
    await editEntry('Claude Opus 4.6', 'anthropic-api-prices', (e) => { e.model = 'Opus 4.6'; });
    await editEntry('GPT-5.2', 'openai-api-prices', (e) => { e.provider = 'Open AI Inc'; });
    await editEntry('GPT-5 mini', 'openai-api-prices', (e) => { e.card = 'anthropic-api-prices'; });
    expect(await errors()).toEqual([
      ['price-entity', 'anthropic-api-prices', expect.stringContaining('"Opus 4.6" is not a catalogue entity of anthropic-api-prices')],
      ['price-entity', 'openai-api-prices', expect.stringContaining('provider "Open AI Inc" is no catalogue entity')],
      ['price-entity', 'anthropic-api-prices', expect.stringContaining('"GPT-5 mini" is not a catalogue entity')],
    ]);
  });

  it("fails a url that is not the stating sentence's source, and a date that is not that source's", async () => {
    // Claude Haiku 4.5's $1/$5 sentences cite the tokr price table, not the Claude Opus 4.6 model page.
    await editEntry('Claude Haiku 4.5', 'anthropic-api-prices', (e) => { e.url = 'https://platform.claude.com/docs/en/models/opus-4-6/overview'; });
    await editEntry('Mistral Large 3', 'mistral-api-prices', (e) => { e.date = '2025'; });
    expect(await errors()).toEqual([
      ['price-source', 'anthropic-api-prices', expect.stringContaining('cites https://docs.rs/crate/tokr/latest/source/data/pricing.toml, not https://platform.claude.com/')],
      ['price-source', 'mistral-api-prices', expect.stringContaining('date "2025" is not the source\'s date "2026"')],
    ]);
  });

  it('fails a status the card does not say of the model', async () => {
    await editEntry('GPT-5 Pro', 'openai-api-prices', (e) => { e.status = 'deprecated'; });
    expect(await errors()).toEqual([['price-figures', 'openai-api-prices', expect.stringContaining('no sentence of openai-api-prices says GPT-5 Pro is deprecated')]]);
  });

  it('fails a GPU throughput figure the card does not state', async () => {
    const data = JSON.parse(await readFile(prices, 'utf8')) as { self_hosted_throughput: { usd_per_hour: number; output_tokens_per_second: number } };
    data.self_hosted_throughput.usd_per_hour = 2.5;
    data.self_hosted_throughput.output_tokens_per_second = 3000;
    await writeFile(prices, JSON.stringify(data));
    expect(await errors()).toEqual([
      ['price-figures', 'self-hosted-cost-per-token', 'self_hosted_throughput: no sentence of self-hosted-cost-per-token names H100 at $2.5 an hour'],
      ['price-figures', 'self-hosted-cost-per-token', 'self_hosted_throughput: no sentence of self-hosted-cost-per-token names Llama 3.1 8B at 3000 tokens a second'],
    ]);
  });

  it('fails a batch discount its card does not state', async () => {
    const data = JSON.parse(await readFile(prices, 'utf8')) as { batch_discounts: { provider: string; share_off: number }[] };
    const openai = data.batch_discounts.find((d) => d.provider === 'OpenAI');
    if (openai) openai.share_off = 0.3;
    await writeFile(prices, JSON.stringify(data));
    expect(await errors()).toEqual([['price-figures', 'openai-api-prices', "batch_discounts (OpenAI): no sentence of openai-api-prices citing that source says OpenAI's batch processing takes 30% off"]]);
  });

  it('fails a cache-read multiple its card does not state', async () => {
    const data = JSON.parse(await readFile(prices, 'utf8')) as { cache_read_multiples: { provider: string; multiple: number }[] };
    const anthropic = data.cache_read_multiples.find((d) => d.provider === 'Anthropic');
    if (anthropic) anthropic.multiple = 0.25;
    await writeFile(prices, JSON.stringify(data));
    expect(await errors()).toEqual([['price-figures', 'anthropic-api-prices', 'cache_read_multiples (Anthropic): no sentence of anthropic-api-prices citing that source says Anthropic bills cache reads at 0.25 times the input price']]);
  });

  it('fails an AI Act fine tier its card does not state', async () => {
    const data = JSON.parse(await readFile(prices, 'utf8')) as { ai_act_fines: { tiers: { id: string; fixed_eur: number; turnover_percent: number }[] } };
    const tier = data.ai_act_fines.tiers.find((t) => t.id === 'obligations');
    if (tier) tier.turnover_percent = 4;
    await writeFile(prices, JSON.stringify(data));
    expect(await errors()).toEqual([['price-figures', 'eu-ai-act-fines', expect.stringContaining('states €15 million with 4% (obligations)')]]);
  });

  it("fails a licence's user threshold or licensor its card does not state, or a source the card does not cite", async () => {
    type Cap = { model: string; licensor: string; monthly_active_users: number; url: string };
    const edit = async (change: (caps: Cap[]) => void) => {
      const data = JSON.parse(await readFile(prices, 'utf8')) as { licence_user_caps: { caps: Cap[] } };
      change(data.licence_user_caps.caps);
      await writeFile(prices, JSON.stringify(data));
    };
    await edit((caps) => {
      caps.find((c) => c.model === 'Qwen2.5-72B')!.monthly_active_users = 200_000_000;
      caps.find((c) => c.model === 'Llama 4')!.licensor = 'Microsoft';
    });
    expect(await errors()).toEqual([
      ['price-figures', 'llama-4-licence', expect.stringContaining('names Llama 4 or the Llama 4 Community License with 700 million monthly active users and Microsoft')],
      ['price-figures', 'qwen-licences', expect.stringContaining('with 200 million monthly active users and Alibaba')],
    ]);
    await edit((caps) => {
      caps.find((c) => c.model === 'Qwen2.5-72B')!.monthly_active_users = 100_000_000;
      caps.find((c) => c.model === 'Llama 4')!.licensor = 'Meta';
      caps.find((c) => c.model === 'Llama 3.1')!.url = 'https://example.com/not-cited';
    });
    expect(await errors()).toEqual([['price-figures', 'llama-3-licence', 'licence_user_caps (Llama 3.1): the card cites no source at https://example.com/not-cited']]);
  });

  it('fails a time of counting users that the card does not state', async () => {
    type Cap = { model: string; counted?: string };
    const data = JSON.parse(await readFile(prices, 'utf8')) as { licence_user_caps: { caps: Cap[] } };
    // The Llama 4 card counts users on the release date, not while the model is in use; the Llama 3.1 card says neither.
    data.licence_user_caps.caps.find((c) => c.model === 'Llama 4')!.counted = 'while-in-use';
    data.licence_user_caps.caps.find((c) => c.model === 'Llama 3.1')!.counted = 'on-release-date';
    await writeFile(prices, JSON.stringify(data));
    expect(await errors()).toEqual([
      ['price-figures', 'llama-4-licence', expect.stringContaining('says the users are counted while the model is in use')],
      ['price-figures', 'llama-3-licence', expect.stringContaining('says the users are counted on the release date')],
    ]);
  });

  it('fails a vLLM run its card does not state', async () => {
    const data = JSON.parse(await readFile(prices, 'utf8')) as { vllm_throughput: { runs: { gpus: number; output_tokens_per_second: number }[] } };
    const run = data.vllm_throughput.runs.find((r) => r.output_tokens_per_second === 1728);
    if (run) run.gpus = 3;
    await writeFile(prices, JSON.stringify(data));
    expect(await errors()).toEqual([['price-figures', 'vllm-throughput', 'vllm_throughput: no sentence of vllm-throughput names Llama 3.1 70B on 3 H100 at 1728 tokens a second']]);
  });

  it("fails a GPU rental price its card does not state for that provider, or cites another source", async () => {
    const data = JSON.parse(await readFile(prices, 'utf8')) as { gpu_rental_usd_per_hour: { provider: string; gpu: string; price: number; url: string }[] };
    const [secure, serverless] = ['H100 SXM', 'L4'].map((gpu) => data.gpu_rental_usd_per_hour.find((r) => r.provider === 'RunPod' && r.gpu === gpu));
    // $2.69 is RunPod's secure-cloud H100 price, not Lambda's; the L4's $0.68 is cited to RunPod's docs, not Spheron.
    if (secure) secure.provider = 'Lambda';
    if (serverless) serverless.url = 'https://www.spheron.network/blog/runpod-h100-pricing-2026/';
    await writeFile(prices, JSON.stringify(data));
    expect(await errors()).toEqual([
      ['price-figures', 'gpu-rental-prices', 'gpu_rental_usd_per_hour[6] (Lambda H100 SXM, $2.69): no sentence of gpu-rental-prices names Lambda and H100 SXM at these figures'],
      ['price-source', 'gpu-rental-prices', 'gpu_rental_usd_per_hour[9] (RunPod L4, $0.68): the sentence stating it does not cite https://www.spheron.network/blog/runpod-h100-pricing-2026/'],
    ]);
  });

  it('fails an AI Act date its card does not state, or states only under another source', async () => {
    const data = JSON.parse(await readFile(prices, 'utf8')) as { ai_act_dates: { stages: { id: string; from: string; source: string }[] } };
    const [transparency, annex] = ['transparency', 'annex-iii'].map((id) => data.ai_act_dates.stages.find((s) => s.id === id));
    // 2 August 2027 is no date of the card; 2 December 2027 is the Digital Omnibus page's, not Article 113's.
    if (transparency) transparency.from = '2027-08-02';
    if (annex) annex.source = 'https://www.regulation-ai.eu/en/articles/article-113/';
    await writeFile(prices, JSON.stringify(data));
    expect(await errors()).toEqual([
      ['price-figures', 'eu-ai-act-timeline', 'ai_act_dates: no sentence of eu-ai-act-timeline citing https://www.regulation-ai.eu/en/articles/article-113/ states 2 August 2027 (transparency)'],
      ['price-figures', 'eu-ai-act-timeline', 'ai_act_dates: no sentence of eu-ai-act-timeline citing https://www.regulation-ai.eu/en/articles/article-113/ states 2 December 2027 (annex-iii)'],
    ]);
  });

  it('reports a price file that does not parse as one error, and still checks the cards', async () => {
    await editEntry('GPT-5 Pro', 'openai-api-prices', (e) => { e.input = null; e.output = null; });
    const report = await lintCards(cards);
    expect(report.errors).toEqual([expect.objectContaining({ rule: 'price-file', path: expect.stringMatching(/prices\.json$/), message: expect.stringContaining('a price states input, output or both') })]);
    expect(report.cards).toBeGreaterThan(60);
  });
});
