import type { Logger } from '../../bot/logger.ts';
import type { Conversation } from './post.ts';
import { postMessage, updateMessage } from './post.ts';
import { markdownToMrkdwn, escapeMrkdwn } from './render/escape.ts';
import { sections } from './render/reply.ts';
import { LIMITS, cut } from './render/limits.ts';

/**
 * Shows a streamed answer by posting it once and then editing it in place, at most every `intervalMs`
 * (chat.update is rate limited). `finish` waits for the last edit and returns the message's ts, so the caller can
 * replace it with the final cited answer. With no partial text at all, nothing is posted and `finish` returns
 * undefined.
 */
export function createStreamer(conv: Conversation, intervalMs: number, logger: Logger) {
  let ts: string | undefined;
  let latest = '';
  let shown = '';
  let lastSent = 0;
  let timer: NodeJS.Timeout | undefined;
  let chain: Promise<void> = Promise.resolve();
  let failed = false;

  const render = (text: string) => {
    const body = cut(text, LIMITS.sectionText - 2);
    return { text: escapeMrkdwn(cut(text, LIMITS.fallbackText)), blocks: sections(`${markdownToMrkdwn(body)} …`).slice(0, 1) };
  };

  const flush = () => {
    timer = undefined;
    if (failed || latest === shown) return;
    const text = latest;
    shown = text;
    lastSent = Date.now();
    chain = chain.then(async () => {
      try {
        if (ts) await updateMessage(conv, ts, render(text));
        else ts = await postMessage(conv, render(text));
      } catch (err) {
        // A failed edit only costs the live preview; the final answer is still posted.
        failed = true;
        logger.warn({ err }, 'streaming update failed');
      }
    });
  };

  return {
    partial(textSoFar: string) {
      latest = textSoFar;
      if (timer || failed) return;
      const wait = ts === undefined && shown === '' ? 0 : Math.max(0, lastSent + intervalMs - Date.now());
      if (wait === 0) flush();
      else timer = setTimeout(flush, wait);
    },
    async finish(): Promise<string | undefined> {
      if (timer) clearTimeout(timer);
      timer = undefined;
      await chain;
      return ts;
    },
  };
}
