import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.ts';
import { parseCli } from '../../../adapters/cli/parse.ts';

describe('ask with a described situation', () => {
  it('--json leads with the recommendation by the wizard rules, with inputs, sources, assumptions and the rule', async () => {
    const r = await runCli(['ask', "we're a 12 person agency prototyping, about £600 a month, nothing sensitive, nobody knows GPUs: API or self-host?", '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { answered: boolean; answer: string; citations: { id: string }[]; recommendation: Record<string, unknown> };
    expect(out.answered).toBe(true);
    expect(out.answer).toMatch(/^Recommendation: Closed API \[1\]\n• /);
    expect(out.recommendation).toMatchObject({
      mode: 'closed',
      rule: 'default-closed',
      inputs: { monthlySpendGBP: 600, dataClassification: 'internal', gpuCapability: 'none', stage: 'prototype' },
      sources: { monthlySpendGBP: '£600 a month', stage: 'prototyping' },
    });
    expect(out.recommendation.assumed).toEqual(expect.arrayContaining([expect.stringMatching(/^mandatory UK\/EU residency: no/)]));
    expect(out.citations[0]?.id).toBe('when-to-default-closed');
  });

  it('does not repeat below the recommendation a fact its reasons already give', async () => {
    const r = await runCli(['ask', '12 person startup, still at prototype stage, none of us has ever run a gpu server and budget is maybe £600/month. closed api or self host?', '--json']);
    const out = JSON.parse(r.stdout) as { answer: string };
    const [recommendation = '', grounded = ''] = out.answer.split('From the knowledge base:');
    expect(recommendation).toMatch(/At £600 a month you are below the £1,500 crossover/);
    expect(grounded).not.toMatch(/£600/);
    expect(grounded.trim()).not.toBe('');
  });

  it('gives no second verdict below the recommendation', async () => {
    const r = await runCli(['ask', 'spend on the api is about £3.2k a month and has been flat for 8 months. time to self-host?', '--json']);
    const out = JSON.parse(r.stdout) as { answer: string };
    const [recommendation = '', grounded = ''] = out.answer.split('From the knowledge base:');
    expect(recommendation).toMatch(/^Recommendation:/);
    // The answer alone leads with "Self-hosting is likely to pay: …"; under a recommendation that call is not made twice.
    expect(grounded).not.toMatch(/likely to pay/);
  });

  it('states the facts of the answer\'s yes or no once, in the reason they back, never as a second call', async () => {
    const r = await runCli(['ask', 'A regulator requires our personal data to stay in the EU. Should we self-host?', '--json']);
    const out = JSON.parse(r.stdout) as { answer: string };
    const [recommendation = '', grounded = ''] = out.answer.split('From the knowledge base:');
    expect(recommendation).toMatch(/^Recommendation:/);
    // The residency reason says what residency means for the choice, as the self-hosting card states it.
    expect(recommendation).toMatch(/Data residency is mandatory: self-hosting on UK or EU infrastructure takes US providers, and with them the US CLOUD Act, out of the data path\./);
    expect(out.answer.match(/CLOUD Act/g)).toHaveLength(1);
    expect(grounded).not.toMatch(/\b(Yes|No)\b:/);
  });

  it('answers a "should we…" about something other than how to deploy from the knowledge base, not with a recommendation', async () => {
    const r = await runCli(['ask', 'should we bother with an eu region of bedrock for non personal data?', '--json']);
    const out = JSON.parse(r.stdout) as { answer: string; recommendation?: unknown };
    expect(out.answer).not.toMatch(/^Recommendation:/);
    expect(out.answer).toMatch(/usually good enough/);
    expect(out.recommendation).toBeUndefined();
  });

  it('says first what the message names that the knowledge base lacks, then recommends, with the name in unknown', async () => {
    const r = await runCli(['ask', "we'd rent 2 A100s on paperspace for ~$2.3k/month to host mistral small 3, vs our $3k/mo api bill. does paperspace's pricing make it worth switching?", '--json']);
    const out = JSON.parse(r.stdout) as { answer: string; unknown: string[]; recommendation?: unknown };
    expect(out.unknown).toEqual(['Paperspace']);
    expect(out.answer).toMatch(/^The knowledge base has nothing on Paperspace\.\nRecommendation: /);
    expect(out.recommendation).toBeDefined();
  });

  it('converts a dollar spend and recommends a hybrid for special-category data while prototyping', async () => {
    const r = await runCli(['ask', 'we handle patient records, spend about $2k/mo, still a poc, should we self-host?', '--json']);
    const out = JSON.parse(r.stdout) as { recommendation: { mode: string; rule: string; notes: Record<string, string>; inputs: { monthlySpendGBP: number } } };
    expect(out.recommendation).toMatchObject({ mode: 'hybrid', rule: 'hybrid-staged' });
    expect(out.recommendation.notes.monthlySpendGBP).toMatch(/converted at £0\.\d+ per \$1/);
  });

  it('asks for what is missing instead of guessing', async () => {
    const r = await runCli(['ask', 'our app is already live, should we self-host?', '--json']);
    const out = JSON.parse(r.stdout) as { answer: string; notes?: string[]; recommendation: { missing: string[]; mode?: string } };
    expect(out.recommendation.missing).toEqual(['monthlySpendGBP', 'dataClassification']);
    expect(out.recommendation.mode).toBeUndefined();
    // The grounded answer to the question comes first; what a recommendation would need follows it.
    expect([out.answer, ...(out.notes ?? [])].join('\n')).toMatch(/monthly AI spend or the most sensitive data/);
  });
});

describe('kb eval-situations', () => {
  it('parses its flags', () => {
    expect(parseCli(['kb', 'eval-situations'])).toEqual({ ok: true, command: 'kb-eval-situations', json: false });
    expect(parseCli(['kb', 'eval-situations', '--set', 'check', '--json'])).toEqual({ ok: true, command: 'kb-eval-situations', set: 'check', json: true });
    expect(parseCli(['kb', 'eval-situations', '--set', 'all'])).toMatchObject({ ok: false, error: expect.stringMatching(/--set must be one of tune, check, holdout/) });
  });

  it('prints extraction accuracy per input and recommendation accuracy for each half', async () => {
    const human = await runCli(['kb', 'eval-situations']);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/situations-tune: 38 situations\n {2}recommendation accuracy +\d+\.\d%/);
    expect(human.stdout).toMatch(/situations-check: 38 situations/);
    expect(human.stdout).toMatch(/ {2}monthly AI spend +\d+\.\d% \(\d+\/\d+\)/);
    const r = await runCli(['kb', 'eval-situations', '--set', 'tune', '--json']);
    const [report] = JSON.parse(r.stdout) as { set: string; recommendation: { accuracy: number }; fields: { field: string }[] }[];
    expect(report?.set).toBe('tune');
    expect(report?.fields.map((f) => f.field)).toHaveLength(9);
    expect(report?.recommendation.accuracy).toBeGreaterThan(0.9);
  });
});
