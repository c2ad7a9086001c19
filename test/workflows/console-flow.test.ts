import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBot, type Bot } from '../../bot/bot.ts';
import { silentLogger } from '../../bot/logger.ts';
import type { Reply } from '../../bot/turn.ts';
import { consoleInput, consoleTurn } from '../../adapters/console/input.ts';
import { renderReply } from '../../bot/render-text.ts';
import { createWorkflowService } from '../../bot/workflows-service.ts';
import { openService } from './helpers/service.ts';

/** The whole decision typed into the console, through the real router and the console's own input/render. */
let h: Awaited<ReturnType<typeof openService>>;
let bot: Bot;
beforeAll(async () => {
  h = await openService();
  bot = createBot({ logger: silentLogger(), workflows: createWorkflowService({ store: h.store, logger: silentLogger() }) });
});
afterAll(async () => h.close());

it('runs the decision and a checklist question in the console with nothing configured', async () => {
  let previous: Reply | undefined;
  const say = async (line: string) => {
    previous = await bot.handle(consoleTurn(consoleInput(line, previous), { user: 'ana' }));
    return renderReply(previous);
  };
  expect(await say('/ai-procurement decide')).toMatch(/step 1 of 9\nAbout how much do you spend/);
  // Digits alone have no words: the router must still hand them to the waiting step.
  expect(await say('1800')).toMatch(/Recorded ana's answer: £1,800\.[\s\S]*step 2 of 9/);
  expect(await say('yes')).toMatch(/step 3 of 9[\s\S]*1\) Public\n {2}2\) Internal/);
  expect(await say('2')).toMatch(/Recorded ana's answer: Internal/);
  for (const line of ['no', '1', '1', '1', 'no']) await say(line);
  const result = await say('no');
  expect(result).toMatch(/^Recommendation: Closed API/);
  expect(result).toMatch(/Sources:\n {2}\[1\] /);
  expect(result).toMatch(/a\) Export Word \(DOCX\)/);
  const exported = await bot.handle(consoleTurn(consoleInput('a', previous), { user: 'ana' }));
  expect(exported.files?.[0]?.name).toBe('deployment-decision-record.docx');

  expect(await say('/ai-procurement checklist Acme')).toMatch(/step 1 of 12\n[\s\S]*Do you train on our data/);
  // "4" picks "Not applicable" on screen; its value "n/a" has no word either.
  expect(await say('4')).toMatch(/Recorded ana's answer: Not applicable[\s\S]*step 2 of 12/);
  expect(await say('/ai-procurement status')).toMatch(/Vendor checklist: Acme: step 2 of 12/);
});
