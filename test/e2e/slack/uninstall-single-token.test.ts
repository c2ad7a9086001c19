import { describe, expect, it } from 'vitest';
import { eventually, useHarness, type Harness } from './support/harness.ts';
import { TEAM, eventCallback, mention } from './support/payloads.ts';
import { postJson } from './support/signing.ts';

let h: Harness;
useHarness((x) => (h = x));

describe('single-token mode: the app leaving its workspace', () => {
  it('deletes the workspace\'s data on app_uninstalled; the same event for another workspace deletes nothing', async () => {
    const scope = { platform: 'slack', tenant: TEAM };
    await postJson(h.eventsUrl, eventCallback(mention('what is the weather in Paris today?')));
    await eventually(async () => expect(await h.app.store!.listUnanswered(scope)).toHaveLength(1), 15_000);

    // Signed, but for a workspace this token does not serve: refused before any listener, nothing deleted.
    expect((await postJson(h.eventsUrl, eventCallback({ type: 'app_uninstalled' }, undefined, 'T0OTHER'))).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(await h.app.store!.listUnanswered(scope)).toHaveLength(1);

    expect((await postJson(h.eventsUrl, eventCallback({ type: 'app_uninstalled' }))).status).toBe(200);
    await eventually(async () => expect(await h.app.store!.listUnanswered(scope)).toEqual([]));
  });
});
