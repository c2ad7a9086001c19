import type { Activity, Entity, TurnContext } from 'botbuilder';
import type { Logger } from '../../bot/logger.ts';
import type { AnswerProgress } from '../../bot/turn.ts';
import { toMessageMarkdown } from './render/markdown.ts';
import type { StreamUpdater } from './stream-updater.ts';

export interface TeamsStreamOptions {
  throttleMs: number;
  logger: Logger;
  /** Called once, before the informative update (the typing indicator is no longer needed). */
  onStart?: () => Promise<void>;
}

/** What the user sees first, while the knowledge base is searched. */
export const INFORMATIVE = 'Searching the knowledge base…';

/**
 * Teams' streaming protocol (personal chat only): an informative update at once, then the answer as streaming
 * chunks (typing activities carrying the whole text so far, in sequence), then the final message, each tied to
 * the stream by a `streaminfo` entity (https://learn.microsoft.com/microsoftteams/platform/bots/streaming-ux).
 * The first send's id is the stream id. The stream opens when a question starts being answered (commands and
 * buttons never stream); if Teams refuses it, the final message is sent on its own.
 */
export function createTeamsStream(context: TurnContext, options: TeamsStreamOptions): StreamUpdater & { progress(p: AnswerProgress): void } {
  let chain: Promise<void> = Promise.resolve();
  let streamId: string | undefined;
  let sequence = 0;
  let latest = '';
  let shown = '';
  let timer: NodeJS.Timeout | undefined;
  let lastSentAt = 0;
  let broken = false;
  let informed = false;
  const started = () => informed;

  const enqueue = (work: () => Promise<void>) => {
    chain = chain.then(work).catch((err: unknown) => {
      broken = true;
      options.logger.warn({ err }, 'teams stream refused; the answer is sent whole');
    });
  };
  const info = (streamType: 'informative' | 'streaming' | 'final'): Entity => ({
    type: 'streaminfo',
    streamType,
    ...(streamType === 'final' ? {} : { streamSequence: ++sequence }),
    ...(streamId ? { streamId } : {}),
  });
  const typing = async (text: string, streamType: 'informative' | 'streaming') => {
    const sent = await context.sendActivity({ type: 'typing', text, entities: [info(streamType)] });
    streamId ??= sent?.id;
  };

  const push = () => {
    timer = undefined;
    enqueue(async () => {
      const text = toMessageMarkdown(latest);
      // Each chunk must extend the last one; text the inert rules rewrote waits for the final message.
      if (broken || text === shown || !text.startsWith(shown)) return;
      shown = text;
      lastSentAt = Date.now();
      await typing(text, 'streaming');
    });
  };

  return {
    progress(p) {
      // Only questions report progress, so commands and buttons never show "searching".
      if (p.step === 'searching' && !informed) {
        informed = true;
        enqueue(async () => {
          await options.onStart?.();
          await typing(INFORMATIVE, 'informative');
        });
      }
      if (p.step === 'writing' && !shown) enqueue(() => (broken ? Promise.resolve() : typing(`Writing with ${p.model}…`, 'informative')));
    },
    onPartial(textSoFar) {
      if (!textSoFar.trim() || !started()) return;
      latest = textSoFar;
      if (timer) return;
      timer = setTimeout(push, Math.max(0, lastSentAt + options.throttleMs - Date.now()));
    },
    async finish(final: Partial<Activity>) {
      if (timer) clearTimeout(timer);
      timer = undefined;
      await chain;
      if (broken || !streamId) {
        await context.sendActivity(final);
        return;
      }
      await context.sendActivity({ ...final, entities: [...(final.entities ?? []), info('final')] });
    },
  };
}
