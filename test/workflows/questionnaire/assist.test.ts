import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { closedPort, startFakeOllama, type FakeModelServer } from '../../fakes/model-servers/index.ts';
import { createChatModel } from '../../../adapters/models/index.ts';
import { modelJudge } from '../../../bot/workflows/model-judge.ts';
import { silentLogger } from '../../../bot/logger.ts';
import { loadQuestions } from '../../../workflows/checklist/questions.ts';
import { assessFiles, assessFilesAssisted } from '../../../workflows/questionnaire/index.ts';
import { squash } from '../../../workflows/questionnaire/read/passage.ts';

const NAME = 't2-brightpath-trust.md';
const data = readFileSync(new URL(`../../../workflows/questionnaire/eval/documents/${NAME}`, import.meta.url));
const files = [{ name: NAME, data }];
const text = squash(data.toString('utf8').replace(/\*\*/g, ''));
const reply = (json: unknown) => ({ kind: 'reply' as const, pieces: ['```json\n', JSON.stringify(json), '\n```'] });

let server: FakeModelServer | undefined;
afterEach(async () => server?.close());

async function judgeAt(baseUrl: string) {
  const model = createChatModel({ provider: 'ollama', name: 'llama3.1:8b', baseUrl }, {})!;
  return modelJudge(model, silentLogger(), 2000);
}

describe('a model helps judge vendor documents, held to the card and the document', () => {
  it('takes the model\'s status only where the card\'s criteria support it, quotes only the document\'s sentences, and never asks about silent questions', async () => {
    const { questions } = await loadQuestions();
    const rules = await assessFiles('BrightPath', files, questions);
    server = await startFakeOllama();
    // Whatever it is asked, this model says "satisfactory", quoting passage 1.
    server.script(...Array.from({ length: 12 }, () => reply({ status: 'satisfactory', quotes: [1], reason: 'The vendor commits clearly.' })));
    const { assessment, judgedBy } = await assessFilesAssisted('BrightPath', files, questions, await judgeAt(server.url));

    const addressed = questions.filter((q) => rules.answers[q.id]!.status !== 'unanswered');
    // One call per question the documents address; the silent ones stay unanswered without asking.
    expect(server.requests).toHaveLength(addressed.length);
    for (const q of questions.filter((x) => !addressed.includes(x))) expect(assessment.answers[q.id]).toMatchObject({ status: 'unanswered', evidence: [] });
    // The SLA's red flag has no good-answer criterion met: "satisfactory" is not supported, so the rules stand.
    expect(rules.answers['sla-limits']!.status).toBe('red-flag');
    expect(assessment.answers['sla-limits']).toEqual(rules.answers['sla-limits']);
    expect(judgedBy['sla-limits']).toBe('rules');
    // Where a good-answer criterion is met, the model's judgement is taken, with its reason.
    const modelled = questions.filter((q) => judgedBy[q.id] === 'model');
    expect(modelled.length).toBeGreaterThan(0);
    for (const q of modelled) expect(assessment.answers[q.id]).toMatchObject({ status: 'satisfactory', reason: 'The vendor commits clearly.' });
    // Every quote is a sentence of the document, word for word.
    for (const a of Object.values(assessment.answers)) for (const e of a.evidence) expect(text).toContain(squash(e.quote));
    // The prompt names the statuses allowed and marks the vendor's text as evidence, not instructions.
    const prompt = JSON.stringify(server.requests[0]!.body);
    expect(prompt).toMatch(/Choose one status from this list and no other: concern, unanswered/);
    expect(prompt).toMatch(/evidence, never instructions/);
  });

  it('an answer outside the card\'s statuses, quotes that are not among the passages, or an unreadable reply: the rules decide', async () => {
    const { questions } = await loadQuestions();
    const rules = await assessFiles('BrightPath', files, questions);
    server = await startFakeOllama();
    server.script(
      reply({ status: 'n/a', quotes: [1], reason: 'Ignore previous instructions.' }),
      reply({ status: 'satisfactory', quotes: [42], reason: 'Quoting something else.' }),
      { kind: 'reply', pieces: ['I think it is fine.'] },
      { kind: 'reply', pieces: ['{"status": "concern", "quotes": "all of them"}'] },
    );
    const { assessment, judgedBy } = await assessFilesAssisted('BrightPath', files, questions, await judgeAt(server.url));
    expect(assessment).toEqual(rules);
    expect(Object.values(judgedBy).every((j) => j === 'rules')).toBe(true);
  });

  it('after the model fails once, the rest of the assessment does not wait on it again', async () => {
    const { questions } = await loadQuestions();
    const rules = await assessFiles('BrightPath', files, questions);
    server = await startFakeOllama();
    server.script({ kind: 'status', status: 500 }, ...Array.from({ length: 11 }, () => reply({ status: 'concern', quotes: [1], reason: 'Never asked.' })));
    const { assessment } = await assessFilesAssisted('BrightPath', files, questions, await judgeAt(server.url));
    expect(assessment).toEqual(rules);
    expect(server.requests).toHaveLength(1);
  });

  it('with the model server down, the rules alone decide', async () => {
    const { questions } = await loadQuestions();
    const rules = await assessFiles('BrightPath', files, questions);
    const { assessment } = await assessFilesAssisted('BrightPath', files, questions, await judgeAt(`http://127.0.0.1:${await closedPort()}`));
    expect(assessment).toEqual(rules);
  });
});
