import { describe, expect, it } from 'vitest';
import { useTeamsHarness, type Harness, CLASSIC } from './support/harness.ts';
import { cardAction, personalMessage } from './support/activities.ts';
import { buttonOf, cardOf, messages, stepOf, textOf } from './support/cards.ts';

let h: Harness | undefined;
const teams = useTeamsHarness();

describe('a described situation in Teams', () => {
  it('answers with the recommendation; Refine posts the wizard card pre-filled and keeps the recommendation card', async () => {
    h = await teams.start(CLASSIC);
    const before = messages(h.connector.calls).length;
    await h.post(personalMessage(h.connector.url, "we're prototyping, about €2k a month, customer names and emails, nobody here knows GPUs. closed or open weights?"));
    const call = messages(h.connector.calls)[before]!;
    const card = cardOf(call.body);
    expect(textOf(card)).toMatch(/Recommendation: Closed API/);
    const refine = buttonOf(card, /^Refine these answers$/);
    expect(refine.data).toMatchObject({ action: 'workflow.refine' });

    const puts = h.connector.calls.filter((c) => c.method === 'PUT').length;
    const afterAnswer = messages(h.connector.calls).length;
    const res = await h.post(cardAction(h.connector.url, refine.verb!, refine.data!, call.responseId!));
    expect(res.status).toBe(200);
    const posted = messages(h.connector.calls).slice(afterAnswer).map((c) => cardOf(c.body));
    const step = posted.find((c) => c.actions?.some((a) => a.verb === 'step'));
    expect(step && textOf(step)).toMatch(/From the message: £1,734/);
    expect(stepOf(step!).input.value).toBe(1734);
    expect(h.connector.calls.filter((c) => c.method === 'PUT').length).toBe(puts);
  });
});
