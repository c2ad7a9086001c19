import { describe, expect, it } from 'vitest';
import { recommendFromText, type SituationRecommendation } from '../../../workflows/decision/situation/recommend.ts';
import { asksTheDecision, asksWhatToDo, isSituationQuestion, speaksOfAi } from '../../../workflows/decision/situation/asks.ts';
import { decide } from '../../../workflows/decision/rules.ts';
import { loadPrices } from '../../../workflows/decision/prices.ts';

const rec = (text: string) => recommendFromText(text) as SituationRecommendation;

describe('recommendFromText', () => {
  it("the issue's own example: closed, with its sources and what was assumed", () => {
    const r = rec("we're a 12 person agency prototyping, about £600 a month, nothing sensitive, nobody knows GPUs: API or self-host?");
    expect(r).toMatchObject({ kind: 'recommendation', mode: 'closed', rule: 'default-closed' });
    expect(r.inputs).toMatchObject({ monthlySpendGBP: 600, dataClassification: 'internal', gpuCapability: 'none', stage: 'prototype' });
    expect(r.sources).toMatchObject({ monthlySpendGBP: '£600 a month', gpuCapability: 'nobody knows GPUs' });
    expect(r.assumedFields).toEqual(['spendPredictable', 'residencyRequired', 'fineTuning', 'frontierReasoning', 'sovereigntyProcurement']);
    expect(r.assumed[0]).toMatch(/^steady or spiky volume: yes \(/);
    expect(r.reasons.length).toBeGreaterThanOrEqual(2);
    expect(r.reasons.length).toBeLessThanOrEqual(3);
  });

  it('says a spend inside the crossover band that swings is no cost case, where a steady one leaves it to skills and data', () => {
    const swings = rec('~2.4k GBP a month on gemini but it swings a lot with client projects. 30 ppl consultancy, two devs. self host?');
    expect(swings.mode).toBe('closed');
    expect(swings.reasons.map((x) => x.text).join(' ')).toMatch(/inside the £1,500-£2,500 crossover band, where the cost case is close, and your spend swings: a fixed self-hosted cost only pays on a steady, predictable load\./);
    const steady = rec('~2.4k GBP a month on gemini, flat all year. 30 ppl consultancy, two devs. self host?');
    expect(steady.reasons.map((x) => x.text).join(' ')).toMatch(/skills, data rules and growth decide/);
  });

  it('uses the wizard rules themselves: the same inputs give the same rule as decide()', () => {
    const texts = [
      'we spend $4k/mo on openai, steady, patient records, two ML engineers, in production',
      '£90k/yr AI spend, predictable, customer chats with names + emails, production, no infra people',
      'defence contractor, must stay in the uk, 10k/month steady, in production, ML team of 9, need frontier reasoning',
      'we fine-tune llama weights on our own data, £1k a month, live, 2 ml engineers',
    ];
    const modes = texts.map((t) => {
      const r = rec(t);
      expect(r.rule, t).toBe(decide(r.inputs).rule.id);
      return r.mode;
    });
    expect(modes).toEqual(['self-hosted', 'hybrid', 'hybrid', 'self-hosted']);
  });

  it('takes the crossover from prices.json: steady spend just above the high end is a reason to self-host, at it is not', () => {
    const { high_gbp_per_month: high } = loadPrices().crossover;
    const at = rec(`£${high} a month, steady, internal data, in production, 2 ml engineers`);
    const above = rec(`£${high + 100} a month, steady, internal data, in production, 2 ml engineers`);
    expect([at.mode, above.mode]).toEqual(['closed', 'self-hosted']);
  });

  it('says what is missing when neither spend nor data kind is given; never recommends from nothing', () => {
    const r = recommendFromText("we're live in production with two ML engineers, should we self-host?");
    expect(r).toMatchObject({ kind: 'missing', missing: ['monthlySpendGBP', 'dataClassification'], inputs: { stage: 'production', gpuCapability: 'some' } });
    expect(recommendFromText('should we self-host?')).toBeUndefined();
    expect(recommendFromText('what is open-weight AI?')).toBeUndefined();
    expect(recommendFromText('is health data special category?')).toBeUndefined();
  });

  it('recommends without spend or data kind when a stated prototype stage or a team with no GPU skills rules self-hosting out for now', () => {
    const thin = recommendFromText('mvp still changing every week, nobody here knows gpus. api or self-host for now?');
    expect(thin).toMatchObject({ kind: 'recommendation', mode: 'closed', rule: 'default-closed', inputs: { stage: 'prototype', gpuCapability: 'none' } });
    // What was not stated is listed as assumed, so the team can correct it.
    expect(thin?.kind === 'recommendation' && thin.assumedFields).toEqual(expect.arrayContaining(['monthlySpendGBP', 'dataClassification']));
    // A stated reason to self-host still counts: prototyping for customers who score strategic autonomy is the staged hybrid.
    const staged = recommendFromText("we're prototyping with two ML engineers, but our customers are nhs trusts that score strategic autonomy. should we self-host?");
    expect(staged).toMatchObject({ kind: 'recommendation', mode: 'hybrid', rule: 'hybrid-staged' });
  });

  it('recommends without spend or data kind when a stated reason to self-host decides alike at any spend and for any data', () => {
    // Written for this test: a tender that scores sovereignty, and data that must stay in the UK, with nothing else stated.
    const tender = recommendFromText('we bid for council and nhs work and the tenders score sovereignty now. should we host our own model?');
    expect(tender).toMatchObject({ kind: 'recommendation', mode: 'hybrid', rule: 'hybrid-staged', inputs: { sovereigntyProcurement: true } });
    const r = tender?.kind === 'recommendation' ? tender : undefined;
    expect(r?.reasons[0]?.text).toMatch(/^Your customers buy on strategic autonomy or sovereign AI criteria: .*condition of winning/);
    // What was not needed is said to be so, not shown as a spend of nothing.
    expect(r?.assumed).toEqual(expect.arrayContaining(['monthly AI spend: not stated (the recommendation is the same at any spend)', 'most sensitive data: not stated (the recommendation is the same for any data)']));
    const live = recommendFromText('we run our support bot in production with two ml engineers; client data must stay in the uk by contract. api or self-host?');
    expect(live).toMatchObject({ kind: 'recommendation', mode: 'self-hosted', inputs: { residencyRequired: true, stage: 'production' } });
    // With no reason to self-host stated, the spend would decide, so it is still asked for.
    expect(recommendFromText("we're live in production with two ML engineers, no public sector work. self-host?")).toMatchObject({ kind: 'missing', inputs: { sovereigntyProcurement: false } });
  });

  it('asks again for a spend stated in money it holds no rate for, rather than recommending as if none were stated', () => {
    // Written for this test: francs, kronor and yen a month, with a data kind that would otherwise decide alone.
    const chf = recommendFromText('geneva family office, about CHF 6,000 a month on a us ai api, prompts full of client financial data. what would you do?');
    expect(chf).toMatchObject({ kind: 'missing', missing: ['monthlySpendGBP'], inputs: { dataClassification: 'personal' } });
    expect(chf?.kind === 'missing' && chf.ask).toMatch(/^Your spend is in CHF, and the knowledge base holds no CHF exchange rate/);
    expect(recommendFromText('we pay 45,000 kronor a month for openai, customer names in the prompts. api or self-host?')).toMatchObject({ kind: 'missing', missing: ['monthlySpendGBP'] });
    expect(recommendFromText('roughly 900,000 yen a month on claude. should we self-host?')).toMatchObject({ kind: 'missing', missing: ['monthlySpendGBP'] });
    // Signs typed as the money's own letters or symbols ("zł", "₺", "฿"), before or after the figure, and a question put
    // in a statement's word order.
    const pln = recommendFromText('fintech in krakow, we spend roughly zł 9,000 monthly for the api, customer financial data in prompts. we should self host?');
    expect(pln?.kind === 'missing' && pln.ask).toMatch(/^Your spend is in PLN/);
    expect(recommendFromText('we pay 9,000 zł a month for the api. should we self-host?')).toMatchObject({ kind: 'missing', missing: ['monthlySpendGBP'] });
    const lira = recommendFromText('istanbul agency, ₺40,000 a month on openai. api or self-host?');
    expect(lira?.kind === 'missing' && lira.ask).toMatch(/^Your spend is in TRY/);
    // A dollar sign of a currency the rates do not hold, typed against the figure ("A$6,500"), is that currency, never
    // a count read from elsewhere in the message.
    const aud = recommendFromText('ed-tech in perth, about A$6,500 a month on the gpt-5 api, steady. should we self-host?');
    expect(aud?.kind === 'missing' && aud.ask).toMatch(/^Your spend is in AUD/);
    // A held currency is read and decides. A stated prototype stage does not decide alone beside a spend it cannot
    // read: a large steady spend would make it the staged hybrid, so the spend is asked for, never said not to matter.
    expect(recommendFromText('about €6,000 a month on a us ai api, client financial data. what would you do?')).toMatchObject({ kind: 'recommendation' });
    expect(recommendFromText('CHF 2k a month on the api, still a prototype and nobody knows gpus. api or self-host?')).toMatchObject({ kind: 'missing', missing: ['monthlySpendGBP'] });
    // With no spend stated at all, the prototype stage still decides (the spend is assumed none and said so).
    expect(recommendFromText('still a prototype and nobody knows gpus. api or self-host?')).toMatchObject({ kind: 'recommendation', mode: 'closed' });
    // What the message states decides alike at any spend (patient data that must stay in the EU): recommended, and the
    // spend it could not weigh is said to be so.
    const residency = recommendFromText('clinic group in zurich, about CHF 4,000 a month on the api, patient records that have to stay in the eu. closed api in an eu region or self-host?');
    expect(residency).toMatchObject({ kind: 'recommendation', mode: 'hybrid' });
    expect(residency?.kind === 'recommendation' && residency.assumed.join('\n')).toMatch(/monthly AI spend: not weighed \(stated in CHF, for which the knowledge base holds no exchange rate; the recommendation is the same at any spend\)/);
  });

  it('marks a reason that rests on an assumption', () => {
    const r = rec('£4k a month, internal docs, in production, we have an mlops team');
    expect(r.mode).toBe('self-hosted');
    expect(r.reasons[0]?.text).toMatch(/^Your spend, £4,000 a month, is above £2,500 and predictable \(assumed\)/);
  });

  it('says what a reason to self-host means for the choice, after the marker for what was assumed', () => {
    const r = rec('£4k a month, internal docs, in production, we have an mlops team');
    expect(r.reasons[0]?.text).toBe('Your spend, £4,000 a month, is above £2,500 and predictable (assumed): a self-hosted deployment is mostly a fixed cost while an API bill grows with every token, so the saving grows with volume.');
    const uk = rec('patient records must stay in the uk by law, we are live with two ml engineers, ~£1k a month on the api');
    expect(uk.reasons[0]?.text).toMatch(/^Data residency is mandatory: self-hosting on UK or EU infrastructure takes US providers, and with them the US CLOUD Act, out of the data path\.$/);
    // Written for this test: special-category data says what an EU region of a US provider leaves open.
    const health = rec('we run a physio booking app, patient health notes in the prompts, live, ~£900 a month on azure openai in west europe');
    expect(health.reasons[0]?.text).toBe('You process special-category personal data: an EU region of a US provider keeps it in Europe, but the provider stays subject to the US CLOUD Act.');
    // Personal data on a closed API: business terms, and what an EU region leaves open with a US provider.
    const personal = rec("we're a 12 person accountancy, client names and tax records in the prompts. claude api or self-host?");
    expect(personal.mode).toBe('closed');
    expect(personal.reasons.map((x) => x.text)).toContain('Personal data can go to a closed API bought on business terms, not a consumer plan, with a data processing agreement and transfer safeguards; residency is not mandated for you, though even an EU cloud region leaves a US provider subject to the US CLOUD Act.');
    // With three reasons at most, the asker's data is kept before the team's stage and skills.
    const crowded = rec('12 person accountancy, client names and tax records in the prompts, ~£400 a month on claude, still piloting, nobody runs servers');
    expect(crowded.reasons.map((x) => x.text.slice(0, 26))).toEqual(['Nothing you describe requi', 'At £400 a month you are be', 'Personal data can go to a ']);
    // A bill quoted month by month is a service in use and, its amounts close together, a steady one.
    const billed = rec('api spend jan £3.1k, feb £3.0k, mar £3.2k. two engineers who already run kubernetes. time to move to our own model?');
    expect(billed).toMatchObject({ mode: 'self-hosted' });
    expect(billed.assumedFields).not.toContain('stage');
    expect(billed.assumedFields).not.toContain('spendPredictable');
  });

  it('reads hostile input without failing (its speed is measured in bench/situation.ts)', () => {
    for (const t of ['£1 '.repeat(5000), 'no '.repeat(5000), '\u0000'.repeat(100)]) expect(() => recommendFromText(t)).not.toThrow();
    const r = rec('<script>alert(1)</script> we spend £3k a month on health data, api or self-host?');
    expect(r.sources.monthlySpendGBP).toBe('£3k a month');
  });
});

describe('does the message ask what to do about a described situation?', () => {
  it('asks', () => {
    for (const t of ['API or self-host?', 'open weights vs api for us?', 'is open source the way to go?', 'should we self-host?', 'what would you recommend', 'is it worth moving to open weights?', 'closed or open?', 'help us decide']) expect(asksWhatToDo(t), t).toBe(true);
    for (const t of ['what is the cloud act?', 'list the vendor questions', 'how does the crossover work']) expect(asksWhatToDo(t), t).toBe(false);
    // "what do we owe…?" asks for duties; "what do we do?" asks what to do.
    expect(asksWhatToDo('our hiring tool is high-risk under the ai act, budget €40k. what do we owe as the deployer?')).toBe(false);
    expect(asksWhatToDo('we spend £3k a month on the api. what do we do?')).toBe(true);
    // Written for this test: a closed product or an API against a model of one's own, either way round, is the choice;
    // where requests go inside a setup already hybrid is not.
    for (const t of ['chatgpt enterprise, or host an open model ourselves?', 'can our contracts go into gemini, or do we need our own model?', 'run mistral on our own servers or just use the openai api?'])
      expect(asksWhatToDo(t), t).toBe(true);
    expect(asksWhatToDo('in our hybrid setup should hr data go to claude or to our own model?')).toBe(false);
    // Whether running a model of one's own is required is the decision too.
    expect(asksWhatToDo('our client contract says their data stays in the uk. does that mean we must host an open model ourselves?')).toBe(true);
    expect(asksWhatToDo('what records do we have to keep under the ai act?')).toBe(false);
    expect(asksWhatToDo('should we use claude or gemini?')).toBe(true);
    expect(asksTheDecision('should we use claude or gemini?')).toBe(false);
    // An option typed alone with a question mark puts the choice; one named after "for the" is the thing asked about.
    expect(asksWhatToDo('40 staff, £900 a month. closed? open? self-host?')).toBe(true);
    expect(asksWhatToDo('does openai sign a hipaa baa for the api? us clinic client asking')).toBe(false);
    // What to get out of a vendor is a vendor question, not the deployment decision.
    for (const t of ["hr tool vendor won't name the model, just 'proprietary'. what should we make them hand over?", 'we handle patient data. what should we ask the supplier for?']) expect(asksWhatToDo(t), t).toBe(false);
    // Reporting which model a vendor will not name asks no choice of model.
    expect(asksWhatToDo("they won't say which model runs under the hood. is that ok for our support team?")).toBe(false);
    expect(asksWhatToDo('we spend £3k a month, which model should we pick?')).toBe(true);
    // Options named in the context, and an ask for the items of something, not for a choice.
    for (const t of ['board wants self-host vs api costed, we spend £2k/mo. what cost lines should go on each side?', 'comparing open vs closed for 3 workloads. which risks would we need to cover in the paper?']) {
      expect(asksWhatToDo(t), t).toBe(false);
      expect(asksTheDecision(t), t).toBe(false);
    }
    // The choice asked in the same sentence, or a choice of option, still asks what to do.
    for (const t of ['we spend £2k/mo. which option should we go for, api or self-host?', 'we spend £2k/mo on the api. should we self-host, and what costs should go on each side?']) expect(asksWhatToDo(t), t).toBe(true);
  });
  it('both a situation and a question', () => {
    expect(isSituationQuestion('we handle patient records, api or self-host?')).toBe(true);
    // A "should we…" asks the deployment decision only when it speaks of it.
    expect(asksTheDecision('we spend £800 a month, should we self-host?')).toBe(true);
    // The option in use or a move to another: "keep paying or switch to our own llama?".
    expect(asksTheDecision('still a prototype, nobody knows gpus. keep paying or switch to our own llama?')).toBe(true);
    expect(asksTheDecision('should we keep paying for it or cancel?')).toBe(false);
    expect(asksTheDecision('12 person accountancy. should we let the partners paste client files into free chatgpt?')).toBe(false);
    // "how worried should we be?" asks how bad something is; "it's cheaper" stated is the asker's reason, not the ask.
    expect(asksTheDecision("vendor won't name the base model, just 'proprietary stack'. how worried should we be? hr data for 1,200 staff")).toBe(false);
    expect(asksTheDecision("should we put gemini's preview model into prod for claims triage? it's cheaper and we go live in 3 weeks")).toBe(false);
    expect(asksTheDecision("we spend £2k a month on the api. it's cheaper to self-host?")).toBe(true);
    // The options put, then a bare "which?".
    expect(asksWhatToDo('claude api quote is £2,400/mo; the other option is llama on a managed gpu host. live in 4 weeks — which?')).toBe(true);
    expect(asksWhatToDo('we looked at several vendors. which?')).toBe(true);
    expect(asksWhatToDo('12 person accountancy. should we let the partners paste client files into free chatgpt?')).toBe(true);
    expect(isSituationQuestion('is health data special category?')).toBe(false);
    // "is that right?" checks a claim; "is it right for us to…" weighs a course.
    expect(isSituationQuestion("we hold patient records. legal says an eu region on a us cloud keeps us clear of the cloud act, is that right?")).toBe(false);
    expect(isSituationQuestion('we hold patient records and spend £2k a month on the api. is it right for us to self-host?')).toBe(true);
    // Advice on how to run a model, passed on and put up for judgement, asks the decision.
    expect(asksTheDecision("12 of us, still at prototype. a friend says 'never rent an api, own your stack from day one'. do we listen to him?")).toBe(true);
    expect(asksTheDecision('12 of us, prototype, nobody touched a gpu. our advisor says we should self-host from day one. is he right?')).toBe(true);
    expect(asksTheDecision('our dpo thinks the eu region takes us out of reach of us law. is that right?')).toBe(false);
    expect(isSituationQuestion('we handle patient records and spend £2k a month')).toBe(false);
    // A team size and a budget about some other purchase are no situation for the deployment decision.
    expect(isSituationQuestion('we need new office chairs for 30 people, is it better to lease or buy? budget around $12k')).toBe(false);
    expect(isSituationQuestion('we need an assistant for 30 people, is it better to pay for an api or self-host? budget around $12k a month')).toBe(true);
  });
});

describe('does a message speak of AI at all?', () => {
  it('takes tokens as a model counts them, not an arcade or a gift shop', () => {
    expect(speaksOfAi('we burn ~40m tokens a month, cheaper to run our own?')).toBe(true);
    expect(speaksOfAi('what do output tokens cost on the cheapest host?')).toBe(true);
    expect(speaksOfAi('roughly $3 per million tokens, fair?')).toBe(true);
    expect(speaksOfAi('we need 200 tok/s for the support desk')).toBe(true);
    expect(speaksOfAi("the kids' party place sells 200 tokens for £40, cheaper to buy the unlimited wristband?")).toBe(false);
    expect(speaksOfAi('bus tokens for the visitors: 50 for £60 or a day pass each?')).toBe(false);
  });
});
