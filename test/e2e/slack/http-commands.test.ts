import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { settle, startHarness, type Harness } from './support/harness.ts';
import { CHANNEL, slashCommand } from './support/payloads.ts';
import { postForm } from './support/signing.ts';
import type { ApiCall } from './support/fake-slack.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());
afterEach(() => {
  expect(h.fake.rejected, 'Slack would have rejected these payloads').toEqual([]);
});

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

  it('ask: answers with the question shown, escaped, to the channel (or says what is missing)', async () => {
    // Slack escapes what the user typed: they wrote <!channel> and <https://evil.example|click> literally.
    const { path } = await command('ask does &lt;!channel&gt; matter for &lt;https://evil.example|click&gt; pricing?');
    const payload = await Promise.any([
      h.fake.waitFor('chat.postMessage', (c) => c.args.channel === CHANNEL && JSON.stringify(c.args.blocks).includes('asked')).then((c) => c.args),
      responseTo(path),
    ]);
    const json = JSON.stringify(payload);
    expect(json).toContain('<@U0ALICE> asked');
    expect(json).toContain('&lt;!channel&gt;');
    expect(json).toContain('&lt;https://evil.example|click&gt;');
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<https://evil.example');
  });

  it('ask with a real @channel in it never pings the channel', async () => {
    const { path } = await command('ask <!channel> what is open-weight?');
    await settle();
    const json = JSON.stringify([...h.fake.of('chat.postMessage').map((c) => c.args), ...h.fake.responses.filter((r) => r.path === path).map((r) => r.body)]);
    expect(json).not.toContain('<!channel>');
  });

  it('decide: opens the first step as a modal (or says the workflow is not available)', async () => {
    const before = h.fake.of('views.open').length;
    const { path } = await command('decide');
    const first = await Promise.any([h.fake.waitFor('views.open', () => h.fake.of('views.open').length > before), responseTo(path)]);
    const opened = 'method' in first ? (first as ApiCall) : undefined;
    if (opened) {
      const view = opened.args.view as { callback_id: string; blocks: unknown[]; private_metadata: string };
      expect(view.callback_id).toBe('ap.step');
      expect(JSON.parse(view.private_metadata)).toMatchObject({ team: 'T0FAKE', channel: CHANNEL });
      expect(typeof opened.args.trigger_id).toBe('string');
    } else {
      const body = await responseTo(path);
      expect(String(body.text)).toMatch(/not available yet/);
    }
  });
});
