import { describe, expect, it } from 'vitest';
import { readGpu } from '../../../workflows/decision/situation/gpu.ts';
import { readFineTuning } from '../../../workflows/decision/situation/fine-tuning.ts';
import { readStage } from '../../../workflows/decision/situation/stage.ts';
import { prepare } from '../../../workflows/decision/situation/text.ts';

const gpu = (t: string) => readGpu(prepare(t))?.value;
const tuning = (t: string) => readFineTuning(prepare(t))?.value;
const stage = (t: string) => readStage(prepare(t))?.value;

describe('GPU / ML operations capability', () => {
  it('none, some or dedicated, from people, teams and skills', () => {
    expect(gpu('nobody knows GPUs')).toBe('none');
    expect(gpu('two backend devs, nobody doing ml ops')).toBe('none');
    expect(gpu('all product and design, zero infra folks')).toBe('none');
    expect(gpu('one contractor knows k8s')).toBe('some');
    expect(gpu("one dev knows docker, nobody's ever run gpus")).toBe('none');
    expect(gpu("we've got 2 people who ran gpu clusters at their last job")).toBe('some');
    expect(gpu('we have zero it people')).toBe('none');
    expect(gpu('no gpu people')).toBe('none');
    expect(gpu("we're not technical")).toBe('none');
    expect(gpu('none of us are techy')).toBe('none');
    expect(gpu('we have two ML engineers')).toBe('some');
    expect(gpu('one dev has played with ollama')).toBe('some');
    expect(gpu('2 MLEs')).toBe('some');
    // People who have run production infrastructure: "2 ex-SREs", "a former devops engineer".
    expect(gpu('we have 2 ex-SREs on the team')).toBe('some');
    expect(gpu('one former devops engineer')).toBe('some');
    expect(gpu('a devops team that runs kubernetes')).toBe('some');
    expect(gpu('a small AI team (2 engineers)')).toBe('some');
    expect(gpu('an ML team of 6')).toBe('dedicated');
    expect(gpu('dedicated mlops team')).toBe('dedicated');
    expect(gpu('five ML engineers')).toBe('dedicated');
  });
  it('the strongest capability stated wins; denials of a team read as none', () => {
    expect(gpu('no ML team, but two engineers who have run vLLM')).toBe('some');
    expect(gpu("we don't have an ML team")).toBe('none');
    expect(gpu('Nobody on the team has ML skills')).toBe('none');
    expect(gpu('two engineers have deployed models before')).toBe('some');
    expect(readGpu(prepare('We have NO gpu people'))?.words).toBe('NO gpu people');
    expect(gpu('nobody here has ever looked after a server with a graphics card in it')).toBe('none');
    expect(gpu("we don't know how to look after graphics cards")).toBe('none');
  });
});

describe('fine-tuning depth', () => {
  it('none, API-level or weight-level', () => {
    expect(tuning('we fine-tune llama weights with LoRA')).toBe('weights');
    expect(tuning("we'd fine-tune on our own claims data, that's our edge")).toBe('weights');
    expect(tuning("fine-tune through openai's api")).toBe('api');
    expect(tuning('some light fine-tuning')).toBe('api');
    expect(tuning('no fine-tuning')).toBe('none');
    expect(tuning('prompting is enough for us')).toBe('none');
    expect(tuning('we summarise letters')).toBeUndefined();
  });
});

describe('prototype or production', () => {
  it('reads stage words and their negations', () => {
    expect(stage('still prototyping')).toBe('prototype');
    expect(stage('8 person startup building our first version')).toBe('prototype');
    expect(stage('honestly still finding out if anyone wants the thing')).toBe('prototype');
    expect(stage('we are pre-seed')).toBe('prototype');
    expect(stage('a proof of concept')).toBe('prototype');
    expect(stage('not live yet')).toBe('prototype');
    expect(stage('in production for a year')).toBe('production');
    expect(stage('Production.')).toBe('production');
    expect(stage('we launched last year')).toBe('production');
    expect(stage("we're past the pilot stage")).toBe('production');
    expect(stage('going live next month')).toBe('production');
  });
  it('reads a bill that has held for months as a service in use, unless the message calls it a prototype', () => {
    expect(stage('api spend has sat at roughly £4k a month for the last 9 months')).toBe('production');
    expect(stage('openai bill has sat at roughly £3.2k/month for 6 months now')).toBe('production');
    expect(stage('£3.2k a month on the api, steady for 8 months')).toBe('production');
    // A bill that has not moved for months, or has been flat since a season or month, is a service in use.
    expect(stage('the anthropic bill is running ~£3.2k/mo and has barely moved in six months')).toBe('production');
    expect(stage("3 grand a month on llm apis, volume's been flat since spring")).toBe('production');
    expect(stage('we pay openai about £2k a month and it has been the same all year')).toBe('production');
    expect(stage('flat since spring, but we are still prototyping')).toBe('prototype');
    expect(stage('we have been prototyping for 3 months')).toBe('prototype');
    expect(stage('spend about £2k a month for 3 months, still a poc')).toBe('prototype');
    expect(stage("we're planning a pilot for 6 months")).toBe('prototype');
    // A bill quoted month by month, or a service the asker wants to keep using, is in use now.
    expect(stage('api spend jan £3.1k, feb £3.0k, mar £3.2k')).toBe('production');
    expect(stage('openai invoices: october $2,900 / november $3,050 / december $3,100')).toBe('production');
    expect(stage('can we keep using the us api for this client?')).toBe('production');
    // Written for this test: staying on a service, or one used today, is in use now.
    expect(stage('do we stick with the gemini api we use today or move?')).toBe('production');
    expect(stage('is it ok to stay on a us-hosted api for this?')).toBe('production');
    expect(stage("we've been using claude for support replies since march")).toBe('production');
    expect(stage("we're already on azure openai, is that enough?")).toBe('production');
    expect(stage('should we use claude or gemini?')).toBeUndefined();
    expect(stage('staying on the api while we run a pilot')).toBe('prototype');
    expect(stage('everything currently runs on azure openai in west europe')).toBe('production');
    expect(stage('our product runs on the openai api today')).toBe('production');
    expect(stage('it will run on our own servers')).toBeUndefined();
    expect(stage('maybe £3k, maybe £4k a month, hard to say')).toBeUndefined();
    expect(stage('spend jan £3.1k, feb £3.4k on the pilot')).toBe('prototype');
  });
  it('live now beats a prototype, which beats a plan', () => {
    expect(stage('we built a prototype and it is now live with 3 customers')).toBe('production');
    expect(stage('prototyping now, production next year')).toBe('prototype');
    expect(stage('pilot in one hospital; moving to production later')).toBe('prototype');
  });
});
