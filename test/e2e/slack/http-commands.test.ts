import { describe, expect, it } from 'vitest';
import { settle, useHarness, type Harness } from './support/harness.ts';
import { CHANNEL, slashCommand } from './support/payloads.ts';
import { postForm } from './support/signing.ts';

let h: Harness;
useHarness((x) => (h = x));

/** Runs a slash command; returns the HTTP ack and the response_url it carried. */
async function command(text: string) {
  const responseUrl = h.responseUrl();
  const res = await postForm(h.eventsUrl, slashCommand(text, responseUrl));
  return { res, responseUrl, path: new URL(responseUrl).pathname };
}
const responseTo = (path: string) => h.fake.waitForResponse((b) => h.fake.responses.some((r) => r.path === path && r.body === b));

describe('/ai-procurement', () => {
  it('acks at once with an empty 200, then shows help only to the user', async () => {
    const { res, path } = await command('help');
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const body = await responseTo(path);
    expect(body.response_type).toBe('ephemeral');
    const json = JSON.stringify(body.blocks);
    expect(json).toContain('/ai-procurement decide');
    expect(json).toContain('/ai-procurement checklist &lt;vendor&gt;');
  });

  it('treats no subcommand as help', async () => {
    const { path } = await command('');
    expect(JSON.stringify((await responseTo(path)).blocks)).toContain('Commands');
  });

  it('names an unknown subcommand in a clear error', async () => {
    const { res, path } = await command('frobnicate now');
    expect(res.status).toBe(200);
    const body = await responseTo(path);
    expect(body.response_type).toBe('ephemeral');
    expect(String(body.text)).toContain('I did not understand "/ai-procurement frobnicate"');
  });

  it('ask: posts the reply to the channel with the question shown, escaped and inert', async () => {
    // Slack escapes what the user typed: they wrote <!channel> and <https://evil.example|click> literally.
    await command('ask what is the cost crossover between a closed API and self-hosting? &lt;!channel&gt; &lt;https://evil.example|click&gt;');
    const post = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === CHANNEL && JSON.stringify(c.args.blocks).includes('evil[.]example'));
    expect(post.args.thread_ts).toBeUndefined();
    const json = JSON.stringify(post.args);
    expect(json).toContain('<@U0ALICE> asked: what is the cost crossover');
    // Issue 10: the mention and the link the user typed are shown as words (the link's target defanged), so
    // Slack can make neither a mention nor a link of them.
    expect(json).toContain('self-hosting? @channel click (https[:]//evil[.]example)');
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<https://evil.example');
    expect(json).not.toContain('evil.example');
  });

  it('ask: a plain question gets its cited answer in the channel', async () => {
    await command('ask below what monthly spend is a closed API usually cheaper?');
    const post = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === CHANNEL && JSON.stringify(c.args.blocks).includes('below what monthly spend'));
    expect(JSON.stringify(post.args.blocks)).toContain('**Sources**'); // the native answer: markdown block ending with its sources
    expect(String(post.args.text)).toMatch(/£/);
  });

  it('ask where the bot is not a channel member: answers through response_url, visibly', async () => {
    h.fake.failures.set('chat.postMessage', 'not_in_channel');
    const { path } = await command('ask what does the Llama 4 licence require us to display?');
    const body = await responseTo(path);
    expect(body.response_type).toBe('in_channel');
    expect(JSON.stringify(body.blocks)).toContain('**Sources**'); // the native answer: markdown block ending with its sources
  });

  it('ask with a real @channel in it never pings the channel', async () => {
    const { path } = await command('ask <!channel> what is open-weight?');
    await settle();
    const json = JSON.stringify([...h.fake.of('chat.postMessage').map((c) => c.args), ...h.fake.responses.filter((r) => r.path === path).map((r) => r.body)]);
    expect(json).not.toContain('<!channel>');
  });

  it('decide: opens the first step as a modal', async () => {
    const before = h.fake.of('views.open').length;
    await command('decide');
    const opened = await h.fake.waitFor('views.open', () => h.fake.of('views.open').length > before);
    const view = opened.args.view as { callback_id: string; private_metadata: string; blocks: { block_id?: string; element?: { type: string } }[] };
    expect(view.callback_id).toBe('ap.step');
    expect(JSON.parse(view.private_metadata)).toMatchObject({ team: 'T0FAKE', channel: CHANNEL, w: 'decision', s: 'monthlySpendGBP' });
    expect(view.blocks.find((b) => b.block_id === 'ap.step.input')?.element?.type).toBe('number_input');
    expect(typeof opened.args.trigger_id).toBe('string');
  });

  it('export of an unknown vendor says what to do, only to the user', async () => {
    const { path } = await command('export Nobody Ltd pdf');
    const body = await responseTo(path);
    expect(body.response_type).toBe('ephemeral');
    expect(String(body.text)).toMatch(/could not find a checklist for "Nobody Ltd"/);
  });
});
