import { describe, expect, it } from 'vitest';
import { ackOnFailure } from '../../../adapters/slack/ack-on-failure.ts';
import { interactionKey } from '../../../adapters/slack/interaction-dedup.ts';
import { createLogger } from '../../../bot/logger.ts';
import { LogCapture } from '../support/log-capture.ts';

/**
 * The last line behind the request gate and the listeners' own validation: a listener that throws before it
 * acknowledged still gets Slack its answer at once. The gate leaves no real body that throws, so this drives the
 * middleware directly with Bolt's argument shape.
 */
function args(body: Record<string, unknown>, next: () => Promise<void>) {
  const acks: unknown[] = [];
  let acked = false;
  const ack = async (response?: unknown) => {
    if (acked) throw new Error('ack called twice');
    acked = true;
    acks.push(response);
  };
  return { acks, value: { body, ack, next, context: {}, logger: undefined, client: undefined, payload: body } as never };
}

describe('ackOnFailure', () => {
  const logs = new LogCapture();
  const middleware = ackOnFailure(createLogger({ level: 'debug', destination: logs }));

  it('acks a modal with the error under its first input when the listener threw before acking', async () => {
    const a = args({ type: 'view_submission', view: { state: { values: { 'ap.step.input': {}, 'ap.field.notes': {} } } } }, async () => {
      throw new TypeError('x.trim is not a function');
    });
    await middleware(a.value);
    expect(a.acks).toEqual([{ response_action: 'errors', errors: { 'ap.step.input': expect.stringMatching(/Something went wrong on my side/) } }]);
    expect(logs.lines.at(-1)).toMatchObject({ level: 50, msg: 'slack listener failed' });
  });

  it('acks a command or a button with an empty ack', async () => {
    const a = args({ command: '/ai-procurement', trigger_id: 't' }, async () => {
      throw new Error('boom');
    });
    await middleware(a.value);
    expect(a.acks).toEqual([undefined]);
  });

  it('leaves the answer of a listener that acked before failing in place', async () => {
    const a = args({ type: 'block_actions' }, async () => {
      await (a.value as { ack: (r?: unknown) => Promise<void> }).ack({ ok: true });
      throw new Error('after the ack');
    });
    await middleware(a.value);
    expect(a.acks).toEqual([{ ok: true }]);
  });

  it('lets a listener that succeeds pass untouched', async () => {
    const a = args({ command: '/ai-procurement' }, async () => undefined);
    await middleware(a.value);
    expect(a.acks).toEqual([]);
  });
});

describe('interactionKey', () => {
  it('keys commands, buttons and modal submissions by trigger_id, and nothing else', () => {
    expect(interactionKey({ command: '/ai-procurement', trigger_id: 't1' })).toBe('command:t1');
    expect(interactionKey({ type: 'block_actions', trigger_id: 't2' })).toBe('block_actions:t2');
    expect(interactionKey({ type: 'view_submission', trigger_id: 't3' })).toBe('view_submission:t3');
    expect(interactionKey({ type: 'event_callback', event_id: 'Ev1' })).toBeUndefined();
    expect(interactionKey({ type: 'view_submission' })).toBeUndefined();
    expect(interactionKey({ type: 'block_actions', trigger_id: 7 })).toBeUndefined();
  });
});
