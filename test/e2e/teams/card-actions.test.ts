import { afterEach, describe, expect, it } from 'vitest';
import { cardAction, personalMessage, startHarness, type Harness, TENANT, channelMention } from './harness.ts';
import { ScriptedAnswerer, ScriptedWorkflows } from './scripted.ts';
import { STEP_ANSWER_ACTION } from '../../../adapters/teams/handlers/card-action.ts';

type Card = { body: { type: string; text?: string; id?: string; color?: string; value?: unknown }[]; actions?: { title: string; verb?: string; data?: Record<string, unknown> }[] };
type InvokeBody = { statusCode: number; type: string; value: Card | string };

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

function texts(card: Card): string {
  return card.body.map((e) => e.text ?? '').join('\n');
}

describe('Teams Action.Execute invokes through the real CloudAdapter', () => {
  it('submits a step: the next step comes back in the invoke response and replaces the card for everyone', async () => {
    const workflows = new ScriptedWorkflows();
    h = await startHarness({ workflows });
    const res = await h.post(cardAction(h.connector.url, 'step', { workflow: 'checklist', runId: 'run-1', stepId: 'q01', answer: 'red-flag' }, 'card-msg-1'));
    expect(res.status).toBe(200);
    const body = res.body as InvokeBody;
    expect(body.statusCode).toBe(200);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    const card = body.value as Card;
    expect(texts(card)).toContain('Recorded.\n**Vendor checklist: Acme AI** · step 2 of 2');
    // The prompt appears once, beside its input; the terminal's typing hint is not on the card.
    expect(texts(card).split('How many days to notify an incident?')).toHaveLength(2);
    expect(texts(card)).not.toContain('Answer with');
    expect(card.body.some((e) => e.type === 'Input.Number' && e.id === 'answer')).toBe(true);

    const action = workflows.calls.find((c) => c.kind === 'action')!;
    expect(action.action).toBe(STEP_ANSWER_ACTION);
    expect(action.value).toEqual({ workflow: 'checklist', runId: 'run-1', stepId: 'q01', value: 'red-flag' });
    expect(action.turn).toMatchObject({ platform: 'teams', tenant: TENANT, user: { id: 'aad-user-1' } });

    const update = h.connector.calls.find((c) => c.method === 'PUT');
    expect(update?.path).toBe(`/v3/conversations/${encodeURIComponent('a:personal-conv-1')}/activities/card-msg-1`);
    const updatedCard = (update?.body.attachments as { content: Card }[])[0]!.content;
    expect(texts(updatedCard)).toContain('step 2 of 2');
  });

  it('sends the checklist notes and evidence fields with the answer, and preselects the recorded answer', async () => {
    const workflows = new ScriptedWorkflows();
    h = await startHarness({ workflows });
    await h.post(personalMessage(h.connector.url, 'checklist Acme AI'));
    const msg = h.connector.activities().find((c) => c.body.type === 'message')!;
    const card = (msg.body.attachments as { content: Card & { body: Record<string, unknown>[] } }[])[0]!.content;
    expect(card.body.find((e) => e.id === 'answer')?.value).toBe('concern');
    expect(card.body.find((e) => e.id === 'evidence')).toMatchObject({ type: 'Input.Text', style: 'Url' });

    await h.post(cardAction(h.connector.url, 'step', { workflow: 'checklist', runId: 'run-1', stepId: 'q01', answer: 'concern', notes: ' trains on prompts ', evidence: '' }, 'card-msg-6'));
    const action = workflows.calls.find((c) => c.kind === 'action')!;
    expect(action.value).toEqual({ workflow: 'checklist', runId: 'run-1', stepId: 'q01', value: 'concern', notes: 'trains on prompts' });
  });

  it('shows a validation message on the card, only to the person who typed it, and keeps the step', async () => {
    const workflows = new ScriptedWorkflows();
    h = await startHarness({ workflows });
    const res = await h.post(cardAction(h.connector.url, 'step', { workflow: 'checklist', runId: 'run-1', stepId: 'q02', answer: 'soon' }, 'card-msg-2'));
    const card = (res.body as InvokeBody).value as Card;
    const warning = card.body.find((e) => e.color === 'Attention');
    expect(warning?.text).toContain('Enter a whole number of days');
    expect(texts(card)).toContain('step 2 of 2');
    expect(h.connector.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });

  it('finishes a run: the summary card replaces the step card', async () => {
    const workflows = new ScriptedWorkflows();
    h = await startHarness({ workflows });
    const res = await h.post(cardAction(h.connector.url, 'step', { workflow: 'checklist', runId: 'run-1', stepId: 'q02', answer: '3' }, 'card-msg-3', 'channel'));
    const card = (res.body as InvokeBody).value as Card;
    expect(texts(card)).toContain('complete: 0 red flags');
    expect(card.body.some((e) => e.type.startsWith('Input.'))).toBe(false);
    const update = h.connector.calls.find((c) => c.method === 'PUT');
    expect(update?.path).toContain(encodeURIComponent('19:general@thread.tacv2;messageid=1699999999000'));
  });

  it('routes a reply choice back to the core as its action and value; Cancel turns the step card into the outcome', async () => {
    const workflows = new ScriptedWorkflows();
    h = await startHarness({ workflows });
    const res = await h.post(cardAction(h.connector.url, 'choice', { action: 'workflow.cancel', value: 'run-1' }, 'card-msg-4'));
    expect(workflows.calls.map((c) => [c.action, c.value])).toEqual([['workflow.cancel', 'run-1']]);
    const card = (res.body as InvokeBody).value as Card;
    expect(texts(card)).toContain('Cancelled the Acme AI checklist');
    expect(card.body.some((e) => e.type.startsWith('Input.'))).toBe(false);
    expect(h.connector.calls.find((c) => c.method === 'PUT')?.path).toContain('/activities/card-msg-4');
  });

  it('posts a new message for a help button that starts something, leaving the help card alone', async () => {
    const workflows = new ScriptedWorkflows();
    h = await startHarness({ workflows });
    const res = await h.post(cardAction(h.connector.url, 'choice', { action: 'command', value: 'decide' }, 'help-card'));
    expect((res.body as InvokeBody).type).toBe('application/vnd.microsoft.activity.message');
    expect(workflows.calls.map((c) => c.sub)).toEqual(['decide']);
    expect(h.connector.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
    const posted = h.connector.calls.find((c) => c.method === 'POST' && c.body.type === 'message');
    expect(JSON.stringify(posted?.body)).toContain('Input.ChoiceSet');
  });

  it('stores a feedback vote through the store, one per user per answer', async () => {
    const answerer = new ScriptedAnswerer();
    h = await startHarness({ answerer, withStore: true });
    await h.post(channelMention(h.connector.url, 'Is a closed API cheaper?'));
    const answer = h.connector.calls.find((c) => c.body.type === 'message')!;
    const up = ((answer.body.attachments as { content: Card }[])[0]!.content.actions ?? []).find((a) => a.verb === 'feedback' && a.data?.vote === 'up')!;
    const answerId = String(up.data?.answerId);

    const first = await h.post(cardAction(h.connector.url, 'feedback', { answerId, vote: 'up' }, 'answer-msg', 'channel'));
    expect(first.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    await h.post(cardAction(h.connector.url, 'feedback', { answerId, vote: 'down' }, 'answer-msg', 'channel'));
    const votes = await h.store!.listVotes({ platform: 'teams', tenant: TENANT }, answerId);
    expect(votes.map((v) => [v.user, v.vote, v.channel])).toEqual([['aad-user-1', 'down', '19:general@thread.tacv2']]);
    // Another tenant sees nothing of it.
    expect(await h.store!.listVotes({ platform: 'teams', tenant: 'other-tenant' }, answerId)).toEqual([]);
  });

  it('rejects an invoke that is not one of its cards with a 400 error body, not a crash', async () => {
    h = await startHarness({});
    const res = await h.post(cardAction(h.connector.url, 'transfer-funds', { amount: 1 }, 'x'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
    const garbage = await h.post({ ...personalMessage(h.connector.url, ''), type: 'invoke', name: 'adaptiveCard/action', value: { nope: true } });
    expect(garbage.body).toMatchObject({ statusCode: 400 });
  });

  it('keeps the card when the core fails, answering with what to do', async () => {
    // No WorkflowPort: the core answers with a coded "not available" error.
    h = await startHarness({});
    const res = await h.post(cardAction(h.connector.url, 'step', { workflow: 'checklist', runId: 'run-1', stepId: 'q01', answer: 'concern' }, 'card-msg-5'));
    expect(res.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect(h.connector.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });
});
