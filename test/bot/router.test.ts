import { describe, expect, it } from 'vitest';
import { parseCommandText, routeTurn } from '../../bot/router.ts';
import { createBot } from '../../bot/bot.ts';
import { silentLogger } from '../../bot/logger.ts';
import type { Reply, Turn, TurnInput } from '../../bot/turn.ts';
import type { AnswerResult, Answerer } from '../../bot/answer/types.ts';
import type { WorkflowPort } from '../../bot/workflow-port.ts';
import { unmarked } from '../helpers/unmarked.ts';
import { textReply } from '../../bot/reply-doc.ts';

const turn = (input: TurnInput): Turn => ({ platform: 'console', tenant: 'local', channel: 'c', user: { id: 'u' }, input });
const text = (t: string) => turn({ kind: 'text', text: t });

describe('routeTurn', () => {
  it('sends help words and /ai-procurement help to help', () => {
    expect(routeTurn(text('help')).to).toBe('help');
    expect(routeTurn(text('  HELP ')).to).toBe('help');
    expect(routeTurn(text('/ai-procurement')).to).toBe('help');
    expect(routeTurn(turn({ kind: 'command', command: '/ai-procurement', args: ['help'] })).to).toBe('help');
  });

  it('sends questions to answering (through a waiting workflow step first)', () => {
    expect(routeTurn(text('What is open-weight AI?'))).toEqual({ to: 'workflow-text', text: 'What is open-weight AI?' });
    expect(routeTurn(text('/ai-procurement ask What does Art 48 say?'))).toEqual({ to: 'answer', question: 'What does Art 48 say?' });
  });

  it('sends workflow subcommands with their arguments', () => {
    expect(routeTurn(text('/ai-procurement checklist Acme AI'))).toEqual({ to: 'workflow-command', sub: 'checklist', args: ['Acme', 'AI'] });
    expect(routeTurn(turn({ kind: 'command', command: 'ai-procurement', args: ['EXPORT', 'Acme', 'pdf'] }))).toEqual({
      to: 'workflow-command',
      sub: 'export',
      args: ['Acme', 'pdf'],
    });
  });

  it('does not guess at unknown commands, empty input or punctuation', () => {
    expect(routeTurn(text('/ai-procurement frobnicate'))).toEqual({ to: 'not-understood', what: '/ai-procurement frobnicate' });
    expect(routeTurn(text('/weather today'))).toEqual({ to: 'not-understood', what: '/weather' });
    expect(routeTurn(text('?!'))).toMatchObject({ to: 'not-understood' });
    expect(routeTurn(text('/ai-procurement ask'))).toMatchObject({ to: 'not-understood' });
  });

  it('parses command text', () => {
    expect(parseCommandText('/ai-procurement  decide ')).toEqual({ command: 'ai-procurement', args: ['decide'] });
    expect(parseCommandText('no slash')).toBeUndefined();
  });
});

describe('createBot', () => {
  const logger = silentLogger();

  it('answers help and says plainly what is not available', async () => {
    const bot = createBot({ logger });
    const help = await bot.handle(text('help'));
    expect(help.kind).toBe('help');
    expect(help.sections?.[0]?.body).toContain('/ai-procurement decide');
    const unavailable = await bot.handle(text('/ai-procurement decide'));
    expect(unavailable).toMatchObject({ kind: 'error' });
    expect(unavailable.text).toMatch(/not available yet/);
    const unknown = await bot.handle(text('/ai-procurement frobnicate'));
    expect(unknown.kind).toBe('not-understood');
    expect(unknown.text).toContain('frobnicate');
    await bot.close();
  });

  it('turns a failing service into a clear error reply, never a thrown error or a stack', async () => {
    const answerer: Answerer = {
      answer: async () => {
        throw new Error('ECONNREFUSED 10.0.0.1 secret internals');
      },
    };
    const bot = createBot({ logger, answerer });
    const reply = await bot.handle(text('What is a foundation model?'));
    expect(reply.kind).toBe('error');
    expect(reply.text).not.toMatch(/ECONNREFUSED|internals/);
    expect(reply.text).toMatch(/try again/);
  });

  it('gives a waiting workflow step the first look at typed text, then falls back to answering', async () => {
    const seen: string[] = [];
    const workflows: WorkflowPort = {
      command: async () => textReply('workflow', 'started'),
      action: async () => undefined,
      text: async (_t, typed) => (typed === 'yes' ? textReply('workflow', 'recorded') : undefined),
    };
    const answerer: Answerer = {
      answer: async (req) => {
        seen.push(req.question);
        return { answered: true, answer: 'An answer [1].', citations: [{ n: 1, id: 'x', title: 'X', url: null }], confidence: 0.9, mode: 'extractive' };
      },
    };
    const bot = createBot({ logger, answerer, workflows });
    expect((await bot.handle(text('yes'))).text).toBe('recorded');
    const answer = await bot.handle(text('What is a foundation model?'));
    expect(answer).toMatchObject({ kind: 'answer', confidence: 0.9, citations: [{ n: 1 }] });
    expect(seen).toEqual(['What is a foundation model?']);
  });

  it('routes a "command" button to the command it names', async () => {
    const calls: string[] = [];
    const workflows: WorkflowPort = {
      command: async (_t, sub, args) => {
        calls.push([sub, ...args].join(' '));
        return textReply('workflow', 'ok');
      },
      action: async () => undefined,
    };
    const bot = createBot({ logger, workflows });
    await bot.handle(turn({ kind: 'action', action: 'command', value: 'checklist Acme' }));
    expect(calls).toEqual(['checklist Acme']);
  });

  it('waits for in-flight turns on close', async () => {
    let release!: () => void;
    const answerer: Answerer = {
      answer: () =>
        new Promise((resolve) => {
          release = () => resolve({ answered: false, answer: 'no', citations: [], confidence: 0, mode: 'extractive' });
        }),
    };
    const bot = createBot({ logger, answerer });
    const pending = bot.handle(text('What is slow?'));
    let closed = false;
    const closing = bot.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(closed).toBe(false);
    release();
    await pending;
    await closing;
    expect(closed).toBe(true);
  });
});

describe('answerReply', () => {
  it('offers the workflow an answer is about, and nothing for an unrelated or missing answer', async () => {
    const { answerReply } = await import('../../bot/router.ts');
    const cite = (id: string, title: string) => [{ n: 1, id, title, url: null }];
    const decision = answerReply({ answered: true, answer: 'Weigh the five factors [1].', citations: cite('decision-five-factors', 'The five factors'), confidence: 0.9, mode: 'extractive' });
    expect(decision.choices).toEqual([{ action: 'command', label: 'Start the deployment decision', value: 'decide', style: 'primary' }]);
    const vendor = answerReply({ answered: true, answer: 'Ask about retention [1].', citations: cite('vendor-q01-data-use', 'Vendor question 1'), confidence: 0.9, mode: 'extractive' });
    expect(vendor.choices?.map((c) => c.value)).toEqual(['checklist']);
    const other = answerReply({ answered: true, answer: 'ISO/IEC 42001 is certifiable [1].', citations: cite('iso-iec-42001', 'ISO/IEC 42001'), confidence: 0.9, mode: 'extractive' });
    expect(other.choices).toBeUndefined();
    // Topic titles are document text, marked untrusted (bot/inert); this test is about what the reply says.
    const none = unmarked(answerReply({ answered: false, answer: "I don't have a grounded answer to that.", citations: [], confidence: 0.1, mode: 'extractive', closestTopics: [{ id: 'x', title: 'Hybrid architecture' }] }));
    expect(none).toMatchObject({ kind: 'no-answer', sections: [{ title: 'Closest topics I do know about', body: '• Hybrid architecture' }] });
    expect(none.choices).toBeUndefined();
  });
});

describe('answerReply, asked for a list', () => {
  it('shows each sentence as a bullet with its citation mark, and a sentence numbering its items as a numbered list', async () => {
    const { answerReply } = await import('../../bot/router.ts');
    const citations = [
      { n: 1, id: 'llama-4-licence', title: 'Llama 4 licence', url: null },
      { n: 2, id: 'vendor-questions-overview', title: 'Vendor questions', url: null },
    ];
    const listed = unmarked(answerReply({ answered: true, answer: 'Display "Built with Llama". [1] Ask twelve questions: (1) data use: who trains on it; (2) exit: how you leave. [2]', citations, confidence: 0.9, mode: 'extractive', listed: true }));
    expect(listed.text).toBe('• Display "Built with Llama". [1]\nAsk twelve questions:\n1. data use: who trains on it\n2. exit: how you leave. [2]');
    // Not asked for as a list, the same answer stays one paragraph.
    const prose = unmarked(answerReply({ answered: true, answer: 'Display "Built with Llama". [1] Keep records. [1]', citations, confidence: 0.9, mode: 'extractive' }));
    expect(prose.text).toBe('Display "Built with Llama". [1] Keep records. [1]');
  });
});

describe('situatedAnswer', () => {
  it('says first what the knowledge base lacks before a recommendation, whether the answer was given or declined', async () => {
    const [{ situatedAnswer }, { situationReply }] = await Promise.all([import('../../bot/router.ts'), import('../../bot/situation/situation-reply.ts')]);
    const question = "we'd rent 2 A100s on fakecloud for ~$2.3k/month to host mistral small 3, vs our $3k/mo api bill. worth switching?";
    const situated = await situationReply(question);
    expect(situated?.recommendation).toBeDefined();
    const notCovered = 'The knowledge base has nothing on Fakecloud.';
    for (const answered of [true, false]) {
      const reply = unmarked(situatedAnswer(question, situated, { answered, answer: notCovered, citations: [], confidence: answered ? 0.45 : 0.2, mode: 'extractive', unknown: ['Fakecloud'] }));
      expect(reply.text).toMatch(/^The knowledge base has nothing on Fakecloud\.\nRecommendation: /);
      expect(reply.unknown).toEqual(['Fakecloud']);
    }
    // With nothing unknown, a declined answer leaves the recommendation alone.
    const plain = situatedAnswer(question, situated, { answered: false, answer: "I don't have a grounded answer to that.", citations: [], confidence: 0.2, mode: 'extractive' });
    expect(plain.text).toMatch(/^Recommendation: /);
  });

  /**
   * Runs `check` with a situated asker over the real cards: each question's situation reply, the answerer's result and
   * the reply the router makes of the two.
   */
  async function withRealCards(prefix: string, check: (ask: (question: string) => Promise<{ situated: Reply | undefined; result: AnswerResult; reply: Reply }>) => Promise<void>) {
    const [{ situatedAnswer }, { situationReply }, { realCardsAnswerer }] = await Promise.all([import('../../bot/router.ts'), import('../../bot/situation/situation-reply.ts'), import('../knowledge/helpers.ts')]);
    const { answerer, cleanup } = await realCardsAnswerer(prefix);
    try {
      await check(async (question) => {
        const situated = await situationReply(question);
        const result = await answerer.answer({ question });
        return { situated, result, reply: unmarked(situatedAnswer(question, situated, result)) };
      });
    } finally {
      await cleanup();
    }
  }

  it('answers a sum on the asker\'s own figures with the sum, not with a recommendation read from the same message', async () => {
    await withRealCards('router-figured-', async (ask) => {
      // Written for this test: "nothing live yet" reads as a prototype, which alone decides a recommendation.
      const { situated, result, reply } = await ask('pilot sizing, nothing live yet. our gpu budget is $4k/month max. could we run llama 3.1 70b on two h100s rented on aws p5 within that?');
      expect(situated?.text).toMatch(/^Recommendation: /);
      expect(result.figured).toBe(true);
      expect(reply.text).toMatch(/^\$4,000 a month buys about 1,026 GPU-hours of an H100/);
    });
  });

  it('answers a choice between two options with the card verdict choosing one, not with a recommendation read from the same message', async () => {
    await withRealCards('router-chosen-', async (ask) => {
      // Written for this test: a bank whose edge is tuning on its own data reads as a situation that decides a recommendation.
      const { situated, result, reply } = await ask("payments team at a bank in madrid: we want to tune a model on 4 yrs of transaction labels, that accuracy is basically our edge. tune through the vendor's api or take open weights and do it in-house?");
      expect(situated?.text).toMatch(/^Recommendation: /);
      expect(result.chosen).toBe(true);
      expect(reply.text).toMatch(/^Tune an open-weight model yourselves, usually: /);
      // A yes or no from a card is no choice: the recommendation still leads a should-we about how to deploy.
      const plain = await ask('we are a 12 person agency, nobody runs gpus, api spend about £400 a month. should we self-host?');
      expect(plain.result.chosen).toBeUndefined();
      expect(plain.reply.text).toMatch(/^Recommendation: /);
    });
  });

  it('reads a count of people as a count, not as a named version that would take the recommendation away', async () => {
    const [{ situatedAnswer }, { situationReply }] = await Promise.all([import('../../bot/router.ts'), import('../../bot/situation/situation-reply.ts')]);
    // Written for this test: "got 2 platform engineers" had read as a version ("got 2"), as "mistral large 3" does.
    const question = "our anthropic bill is about $4,200/mo and steady, and we've got 2 platform engineers. should we move off?";
    const situated = await situationReply(question);
    expect(situated?.text).toMatch(/^Recommendation: /);
    const answered = { answered: true, answer: 'Anthropic API prices are set per million tokens. [1]', citations: [{ n: 1, id: 'anthropic-api-prices', title: 'Anthropic API prices', url: null }], confidence: 0.6, mode: 'extractive' as const };
    expect(unmarked(situatedAnswer(question, situated, answered)).text).toMatch(/^Recommendation: /);
    // A named version still takes the knowledge base's answer.
    const versioned = "we spend $4,200/mo and it's steady, 2 engineers. gemma 4 or llama 4, which one should we pick?";
    expect(unmarked(situatedAnswer(versioned, await situationReply(versioned), answered)).text).not.toMatch(/^Recommendation: /);
  });

  it('gives no recommendation for a message the answer engine declined as about something other than buying AI', async () => {
    const [{ situatedAnswer }, { situationReply }] = await Promise.all([import('../../bot/router.ts'), import('../../bot/situation/situation-reply.ts')]);
    // "gpu", "£400" and "what should i" read as a situation; the message is about a gaming PC.
    const question = 'what gpu should i get for my son\'s gaming pc, budget about £400';
    const situated = await situationReply(question);
    expect(situated?.recommendation).toBeDefined();
    const declined = { answered: false, answer: "I don't have a grounded answer to that.", citations: [], confidence: 0, mode: 'extractive' as const };
    expect(situatedAnswer(question, situated, { ...declined, offTopic: true }).text).not.toMatch(/Recommendation/);
    expect(situatedAnswer(question, situated, declined).text).toMatch(/^Recommendation: /);
  });
});
