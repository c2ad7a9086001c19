import { describe, expect, it } from 'vitest';
import { useHarness, type Harness } from './support/harness.ts';
import type { ApiCall } from './support/fake-slack.ts';
import { CHANNEL, blockAction, slashCommand } from './support/payloads.ts';
import { postForm, postInteraction } from './support/signing.ts';

let h: Harness;
useHarness((x) => (h = x));

interface Block {
  type: string;
  block_id?: string;
  elements?: { type: string; action_id?: string; value?: string; text?: { text: string } }[];
  element?: { type: string; initial_value?: string; initial_option?: { value: string } };
}
const blocksOf = (c: ApiCall) => (c.args.blocks ?? (c.args.view as { blocks: Block[] } | undefined)?.blocks ?? []) as Block[];

describe('a described situation in Slack', () => {
  it('answers with the recommendation and a Refine button that opens the wizard modal pre-filled', async () => {
    await postForm(h.eventsUrl, slashCommand('ask we handle patient records, about £3k a month, steady, two ML engineers, in production. api or self-host?', h.responseUrl()));
    const post = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === CHANNEL && JSON.stringify(c.args.blocks ?? '').includes('Recommendation'));
    expect(String(post.args.text)).toMatch(/Recommendation: Self-hosted open-weight model/);
    const button = blocksOf(post).flatMap((b) => b.elements ?? []).find((e) => e.action_id?.endsWith('.workflow.refine'));
    expect(button?.text?.text).toBe('Refine these answers');
    expect(JSON.parse(button!.value!)).toMatchObject({ monthlySpendGBP: { value: 3000 }, dataClassification: { value: 'special-category' }, gpuCapability: { value: 'some' } });

    const before = h.fake.of('views.open').length;
    await postInteraction(h.eventsUrl, blockAction({ action_id: button!.action_id!, value: button!.value!, text: 'Refine these answers' }, { responseUrl: h.responseUrl() }));
    const opened = await h.fake.waitFor('views.open', () => h.fake.of('views.open').length > before);
    const modal = blocksOf(opened);
    expect(JSON.stringify(modal)).toContain('From the message: *£3,000*');
    expect(modal.find((b) => b.block_id === 'ap.step.input')?.element).toMatchObject({ type: 'number_input', initial_value: '3000' });
  });

  it('refuses a forged refine value with a clear message and opens nothing', async () => {
    const before = h.fake.of('views.open').length;
    await postInteraction(h.eventsUrl, blockAction({ action_id: 'ap.choice.0.workflow.refine', value: '{"monthlySpendGBP":{"value":-1,"words":"x"}}', text: 'Refine these answers' }, { responseUrl: h.responseUrl() }));
    const told = await h.fake.waitForResponse((b) => /answers read from the message/.test(String(b.text)));
    expect(told.response_type).toBe('ephemeral');
    expect(h.fake.of('views.open').length).toBe(before);
  });
});
