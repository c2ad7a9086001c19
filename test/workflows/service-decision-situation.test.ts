import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService, turnBy } from './helpers/service.ts';
import { readDocx } from './helpers/read-back.ts';
import { WORKFLOW_ACTIONS, encodeAnswer } from '../../workflows/actions.ts';
import { encodePrefill, prefillFromReadings } from '../../workflows/decision/prefill.ts';
import { extractSituation } from '../../workflows/decision/situation/extract.ts';
import { loadPrices } from '../../workflows/decision/prices.ts';

const ana = { id: 'U-ANA', name: 'Ana' };
const ben = { id: 'U-BEN', name: 'Ben' };
const scope = { platform: 'slack', tenant: 'T-ACME' };

let h: Awaited<ReturnType<typeof openService>>;
beforeEach(async () => {
  h = await openService();
});
afterEach(async () => h.close());

describe('the decision wizard reads free-text answers', () => {
  it('"about 3k a month", "pretty spiky", "yes, health data", "we have two ML engineers", "we are live"', async () => {
    const first = await h.service.command(turnBy(ana), 'decide', []);
    const spend = await h.service.text!(turnBy(ana), 'about 3k a month');
    expect(spend?.text).toMatch(/Recorded Ana's answer: £3,000\./);
    expect((await h.service.text!(turnBy(ana), 'pretty spiky to be honest'))?.text).toMatch(/Recorded Ana's answer: No\./);
    expect((await h.service.text!(turnBy(ana), 'yes, health data'))?.text).toMatch(/Recorded Ana's answer: Special-category personal data\./);
    expect((await h.service.text!(turnBy(ana), 'yes, it has to stay in the UK'))?.text).toMatch(/Recorded Ana's answer: Yes\./);
    expect((await h.service.text!(turnBy(ana), 'we have two ML engineers'))?.text).toMatch(/Recorded Ana's answer: Some\./);
    expect((await h.service.text!(turnBy(ana), "through openai's api"))?.text).toMatch(/Recorded Ana's answer: API-level fine-tuning\./);
    expect((await h.service.text!(turnBy(ana), "we're live with customers"))?.text).toMatch(/Recorded Ana's answer: Production\./);
    const run = await h.store.getRun(scope, first.step!.runId);
    expect(run?.answers.map((a) => a.value)).toEqual([3000, false, 'special-category', true, 'some', 'api', 'production']);
  });

  it('converts another currency or period and says which rate it used', async () => {
    await h.service.command(turnBy(ana), 'decide', []);
    const usd = loadPrices().exchange_rates.to_gbp.find((r) => r.currency === 'USD')!;
    const r = await h.service.text!(turnBy(ana), '$48k a year');
    expect(r?.text).not.toMatch(/knowledge\/data/);
    expect(r?.text).toContain(`Recorded Ana's answer: £${Math.round(4000 * usd.gbp_per_unit).toLocaleString('en-GB')} ($48,000 a year is $4,000 a month; $4,000 converted at £${usd.gbp_per_unit} per $1, our USD rate as of ${usd.as_of}`);
  });

  it('still takes a plain figure, and leaves a typed question to the answerer', async () => {
    await h.service.command(turnBy(ana), 'decide', []);
    expect((await h.service.text!(turnBy(ana), '1800'))?.text).toMatch(/£1,800/);
    expect((await h.service.text!(turnBy(ana), 'yes'))?.step?.stepId).toBe('dataClassification');
    expect(await h.service.text!(turnBy(ana), 'is health data special category?')).toBeUndefined();
  });
});

describe('Refine these answers: the wizard pre-filled from a message', () => {
  const message = 'we spend about £3k a month, steady, patient records, two ML engineers, in production: api or self-host?';
  const refineValue = () => encodePrefill(prefillFromReadings(extractSituation(message)));

  it('offers each value from the message to keep or correct, and the record says which answers came from it', async () => {
    const started = await h.service.action(turnBy(ana), WORKFLOW_ACTIONS.refine, refineValue());
    const runId = started!.step!.runId;
    expect(started?.text).toMatch(/with 5 pre-filled from the message \(monthly AI spend, steady or spiky volume, most sensitive data, GPU \/ ML operations capability, prototype or production\)/);
    expect(started?.step).toMatchObject({ stepId: 'monthlySpendGBP', suggested: { value: '3000', label: '£3,000', words: '£3k a month' } });
    expect(started?.text).toContain('From the message: £3,000 ("£3k a month")');
    expect(started?.choices?.[0]).toEqual({ action: WORKFLOW_ACTIONS.answer, label: 'Keep: £3,000', value: encodeAnswer(runId, 'monthlySpendGBP', '3000'), style: 'primary' });

    // Ana keeps the spend with the button, Ben types "keep" for steadiness, then corrects the data kind.
    await h.service.action(turnBy(ana), WORKFLOW_ACTIONS.answer, started!.choices![0]!.value);
    expect((await h.service.text!(turnBy(ben), 'keep'))?.text).toMatch(/Recorded Ben's answer: Yes\./);
    const data = await h.service.text!(turnBy(ben), 'personal');
    expect(data?.step).toMatchObject({ stepId: 'residencyRequired' });
    expect(data?.step?.suggested).toBeUndefined();
    for (const typed of ['no', 'keep', 'none', 'keep', 'no', 'no']) await h.service.text!(turnBy(ben), typed);

    const run = await h.store.getRun(scope, runId);
    expect(run?.status).toBe('completed');
    const result = await h.service.action(turnBy(ana), WORKFLOW_ACTIONS.resume, runId);
    expect(result?.sections?.find((s) => s.title === 'Answers from the message')?.body).toMatch(/^• £3,000: from the message: "£3k a month"\n• Yes: from the message[\s\S]*• Personal data: corrected; the message said Special-category personal data/);
    const status = await h.service.command(turnBy(ana), 'status', []);
    expect(status.text).toBe('No workflow is in progress in this conversation.');
    const exported = await h.service.action(turnBy(ana), WORKFLOW_ACTIONS.export, `${runId}|docx`);
    const { text } = await readDocx(exported!.files![0]!.data);
    expect(text).toMatch(/About how much do you spend[^\n]*: £3,000 \(Ana, [^)]*\) \[from the message: "£3k a month"\]/);
    expect(text).toMatch(/most sensitive data[^\n]*: Personal data \(Ben, [^)]*\) \[corrected; the message said Special-category personal data \("patient"\)\]/);
    expect(text).toMatch(/Must the data stay[^\n]*: No \(Ben, [^)]*\)(?! \[)/);
  });

  it('shows the pre-filled progress in status without counting it as an answer', async () => {
    await h.service.action(turnBy(ana), WORKFLOW_ACTIONS.refine, refineValue());
    const status = await h.service.command(turnBy(ana), 'status', []);
    expect(status.sections?.[0]?.body).toMatch(/Deployment decision: step 1 of 9, started by Ana \(0 answers recorded/);
  });

  it('replaces a decision already in progress here, as "decide new" does', async () => {
    const old = await h.service.command(turnBy(ana), 'decide', []);
    const fresh = await h.service.action(turnBy(ben), WORKFLOW_ACTIONS.refine, refineValue());
    expect(fresh?.step?.runId).not.toBe(old.step!.runId);
    expect((await h.store.getRun(scope, old.step!.runId))?.status).toBe('cancelled');
  });

  it('refuses a forged or broken refine value and plants nothing', async () => {
    for (const bad of ['not json', JSON.stringify({ monthlySpendGBP: { value: -5, words: 'x' } }), JSON.stringify({ stage: { value: 'launched', words: 'x' } }), JSON.stringify({ admin: { value: true, words: 'x' } }), '{}', 42, null]) {
      await expect(h.service.action(turnBy(ana), WORKFLOW_ACTIONS.refine, bad)).rejects.toMatchObject({ code: 'invalid_input' });
    }
    expect(await h.store.listRuns(scope, {})).toEqual([]);
  });
});
