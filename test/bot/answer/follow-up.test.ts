import { beforeAll, describe, expect, it } from 'vitest';
import { searchQuery, withSiblingNamed } from '../../../bot/answer/follow-up.ts';
import { createApp } from '../../../adapters/app.ts';
import { loadConfig } from '../../../bot/config/index.ts';
import { silentLogger } from '../../../bot/logger.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { join } from 'node:path';
import { realCatalogue, SHARED_CACHE } from '../../knowledge/helpers.ts';
import type { Catalogue } from '../../../knowledge/entities/catalogue.ts';

const history = [
  { role: 'user' as const, text: 'What licence does Qwen3 use?' },
  { role: 'bot' as const, text: 'Qwen3 uses Apache 2.0 [1].' },
];

describe('searchQuery', () => {
  it('searches a short follow-up together with the previous question', () => {
    expect(searchQuery({ question: 'What about DeepSeek R1?', history })).toBe('What licence does Qwen3 use? What about DeepSeek R1?');
    expect(searchQuery({ question: 'Can we use it commercially?', history })).toBe('What licence does Qwen3 use? Can we use it commercially?');
    // A comparison with no "than", or "other" things, is measured against the question before.
    expect(searchQuery({ question: 'why do other hosts charge less?', history })).toBe('What licence does Qwen3 use? why do other hosts charge less?');
    expect(searchQuery({ question: 'is there anything more permissive?', history })).toBe('What licence does Qwen3 use? is there anything more permissive?');
    expect(searchQuery({ question: 'is llama 4 more permissive than mistral large?', history })).toBe('is llama 4 more permissive than mistral large?');
    // After an "ok" or a "thanks" too.
    expect(searchQuery({ question: 'ok and for mistral large 3?', history })).toBe('What licence does Qwen3 use? ok and for mistral large 3?');
    expect(searchQuery({ question: 'thanks! what about gemma 4?', history })).toBe('What licence does Qwen3 use? thanks! what about gemma 4?');
  });

  it("asks the previous question again of the asker's other jurisdiction when the follow-up names only a place", () => {
    const asked = (previous: string, question: string) => searchQuery({ question, history: [{ role: 'user' as const, text: previous }] });
    expect(asked('uk company here, sending customer data to a us llm vendor — which transfer tool do we use?', 'ok and for our eu entity?')).toBe('EU company here, sending customer data to a us llm vendor — which transfer tool do we use?');
    // A city in the EU is the EU; and the other way round.
    expect(asked("we're uk based, what transfer tool do we use for a us ai vendor?", 'same for our berlin office?')).toBe("we're EU based, what transfer tool do we use for a us ai vendor?");
    expect(asked('eu company: do we need sccs for a us ai vendor?', 'and for our london office?')).toBe('UK company: do we need sccs for a us ai vendor?');
    // A follow-up saying more than its place is not the question before asked again.
    expect(asked('uk company here, which transfer tool do we use for a us vendor?', 'and what about our eu entity, which has its own dpo?')).not.toMatch(/EU company here/);
  });

  it('asks the previous question again with the question word a bare follow-up gives ("from when tho")', () => {
    const asked = (previous: string, question: string) => searchQuery({ question, history: [{ role: 'user' as const, text: previous }] });
    expect(asked('how long do we have to keep logs for a high-risk ai system?', 'from when tho')).toBe('from when do we have to keep logs for a high-risk ai system?');
    // A yes/no question takes the word before it; the last question of several is the one asked again.
    expect(asked("we're a retailer. do we have to tell customers they're chatting with a bot?", 'since when?')).toBe("since when do we have to tell customers they're chatting with a bot?");
    // Anything more than a question word is searched with the question before, as before.
    expect(asked('how long do we have to keep logs for a high-risk ai system?', 'from when, and who checks?')).toBe('how long do we have to keep logs for a high-risk ai system? from when, and who checks?');
  });

  it('asks the previous question again at a multiple of its one figure ("3x that", "double it", "half that")', () => {
    const asked = (previous: string, question: string) => searchQuery({ question, history: [{ role: 'user' as const, text: previous }] });
    const spend = 'we spend about £1,200 a month on the openai api. should we self-host?';
    expect(asked(spend, 'what if it was 3x that, steady?')).toBe('we spend about £3,600 a month on the openai api. should we self-host? what if it was, steady?');
    expect(asked(spend, 'and if it doubled?')).toMatch(/^we spend about £2,400 a month/);
    expect(asked(spend, 'half that?')).toMatch(/^we spend about £600 a month/);
    // A multiple with when it comes ("by next spring", "in 6 months") is still a multiple.
    expect(asked(spend, 'what if it triples by next spring?')).toMatch(/^we spend about £3,600 a month/);
    expect(asked(spend, 'and if it doubles in 6 months?')).toMatch(/^we spend about £2,400 a month/);
    expect(asked('we pay $900/mo for claude, worth self hosting?', 'what about 10x')).toMatch(/^we pay \$9,000\/mo for claude/);
    // A count is multiplied the same way.
    expect(asked('is qwen2.5-72b ok for our b2c app? ~2m monthly users', 'and at ten times the users?')).toMatch(/~20 million monthly users/);
    // A count typed joined to its users, in capitals ("a 40m-MAU app"), takes the follow-up's new figure.
    expect(asked("we've got a 40m-MAU consumer app and want to build on qwen2.5-72b. any licence problem?", 'what if we grow to 150m?')).toMatch(/^we've got a 150m-MAU consumer app/);
    // "4x a100" counts GPUs: no multiple of anything said before.
    expect(asked('how many tokens per second does llama 3.1 70b get?', 'on 4x a100?')).toBe('how many tokens per second does llama 3.1 70b get? on 4x a100?');
    // A bill's token volumes are what a multiple scales, every one of them, never the headcount beside them.
    expect(asked("we're a 12 person agency running about 30m input and 5m output tokens a month through gpt-5.2. cost per month?", 'what if it\'s 3x that?')).toMatch(/^we're a 12 person agency running about 90 million input and 15 million output tokens a month/);
    // Two figures before: which one is meant is not guessed.
    expect(asked('we pay £1,000 for openai and £500 for anthropic a month, self host?', 'and at 3x that?')).toBe('we pay £1,000 for openai and £500 for anthropic a month, self host? and at 3x that?');
  });

  it('reads the one part that asks when chat surrounds a follow-up', () => {
    const wrapped = "We're an insurer in Dublin with operations in Spain. Legal has flagged a few things. What about DeepSeek R1?";
    expect(searchQuery({ question: wrapped, history })).toBe(`What licence does Qwen3 use? ${wrapped}`);
    const aside = "can we use it commercially? (asking for our cto, she's deciding between two vendors this week)";
    expect(searchQuery({ question: aside, history })).toBe(`What licence does Qwen3 use? ${aside}`);
    // Two asks, or one that stands on its own, are answered as asked.
    const two = 'we run a support desk in krakow. what does the llama 4 licence require us to display? and can we resell it?';
    expect(searchQuery({ question: two, history })).toBe(two);
    const own = 'sorry to bug everyone. What does the Llama 4 licence require us to display?';
    expect(searchQuery({ question: own, history })).toBe(own);
  });

  it('searches a self-contained question, or one with no history, as asked', () => {
    expect(searchQuery({ question: 'What does the Llama 4 licence require us to display?', history })).toBe('What does the Llama 4 licence require us to display?');
    expect(searchQuery({ question: 'What about DeepSeek R1?' })).toBe('What about DeepSeek R1?');
    expect(searchQuery({ question: 'What about DeepSeek R1?', history: [{ role: 'bot', text: 'Hello' }] })).toBe('What about DeepSeek R1?');
  });
});

describe('searchQuery with the catalogue', () => {
  let catalogue: Catalogue;
  const asked = (previous: string, question: string) => searchQuery({ question, history: [{ role: 'user', text: previous }] }, catalogue);
  beforeAll(async () => {
    ({ catalogue } = await realCatalogue());
  });
  it('asks for a cheaper option than the one model the message before named', () => {
    expect(asked('12 of us, spending about £1,100/mo on opus 4.6 via the api for simple email triage. should we self-host?', 'cheaper option?')).toBe('is there a cheaper option than Claude Opus 4.6?');
    expect(asked('we use gpt-5.2 for contract summaries', 'anything cheaper?')).toBe('is there a cheaper option than GPT-5.2?');
    // Two models before: which one is meant is not known.
    expect(asked('opus 4.6 or gpt-5.2 for summaries?', 'cheaper option?')).not.toMatch(/^is there a cheaper option/);
  });

  it('asks the previous question of another thing when the follow-up only names one of the same kind', async () => {
    expect(asked('What licence does Qwen3 use?', 'What about DeepSeek R1?')).toBe('What licence does DeepSeek R1 use?');
    expect(asked('what does runpod charge for an h100?', 'and lambda')).toBe('what does lambda charge for an h100?');
    expect(asked('what does runpod charge for an h100?', 'and lambda? need it for the board pack on thursday')).toBe('what does lambda charge for an h100?');
    // The question read without the chat before it ("ahead of…,", "hey all, …🙏") leans on the one before too.
    expect(asked('what does runpod charge for an h100?', "Ahead of Monday's architecture review, what about lambda?")).toBe('what does lambda charge for an h100?');
    expect(asked('what does runpod charge for an h100?', 'hey all, prepping for a call with procurement tomorrow 🙏 lambda?')).toBe('what does lambda charge for an h100?');
    expect(asked("what's gpt-5 in/out per mtok?", 'and gpt-5 mini then?')).toBe("what's gpt-5 mini in/out per mtok?");
    // Words placing the name among its siblings go with it.
    expect(asked('opus 4.6 price per mtok in/out? our partner is doing the budget', 'what about the older opus 4.1')).toBe('opus 4.1 price per mtok in/out? our partner is doing the budget');
  });

  it('reads a variant word standing as the subject of a later ask in one message as the sibling of the model asked before', () => {
    expect(withSiblingNamed('nano still around', 'gpt-5 mini per mtok', catalogue)).toBe('GPT-5 nano still around');
    expect(withSiblingNamed('and is pro worth it', 'gemini 2.5 flash per mtok', catalogue)).toBe('and is Gemini 2.5 Pro worth it');
    // A variant word that is not the ask's subject is plain English; an ask naming a model, or a long one, stays as it is.
    expect(withSiblingNamed('is the gap large', 'mistral medium 3 price', catalogue)).toBe('is the gap large');
    expect(withSiblingNamed('gpt-5 nano still around', 'gpt-5 mini per mtok', catalogue)).toBe('gpt-5 nano still around');
    expect(withSiblingNamed('nano still around for the batch jobs we run at night', 'gpt-5 mini per mtok', catalogue)).toBe('nano still around for the batch jobs we run at night');
    // No model asked before, no sibling.
    expect(withSiblingNamed('nano still around', 'what is a dpia', catalogue)).toBe('nano still around');
  });

  it('asks the previous question again of another count of the GPU it counted ("and on two?")', async () => {
    expect(asked('llama 3.1 70b on 1 h100, tokens per sec with vllm?', 'and on two?')).toBe('llama 3.1 70b on 2 h100, tokens per sec with vllm?');
    // Written for this test: "just one", "only two", "a single one".
    expect(asked('mixtral on 4 a100s with vllm, tokens/sec?', 'and on just one?')).toBe('mixtral on 1 a100s with vllm, tokens/sec?');
    expect(asked('llama 3.1 8b on 4 h100s, throughput?', 'what about only two')).toBe('llama 3.1 8b on 2 h100s, throughput?');
    expect(asked('how many tok/s does llama 3.1 70b do on 2x a100 with vllm?', 'what about 4 gpus?')).toBe('how many tok/s does llama 3.1 70b do on 4 a100 with vllm?');
    // No GPU counted before, or two counted: nothing is replaced.
    expect(asked('how fast is llama 3.1 70b with vllm?', 'and on two?')).toBe('how fast is llama 3.1 70b with vllm? and on two?');
    expect(asked('2 h100s or 4 a100s for llama 3.1 70b?', 'and on eight?')).toBe('2 h100s or 4 a100s for llama 3.1 70b? and on eight?');
  });

  it('asks the previous question of the thing or count a follow-up puts in place of the one before', async () => {
    const bill = "we run a legal-research tool: roughly 300m input and 30m output tokens a month on gpt-5.2. what's that costing us?";
    expect(asked(bill, 'and if we moved it all to gpt-5 mini?')).toBe("we run a legal-research tool: roughly 300m input and 30m output tokens a month on gpt-5 mini. what's that costing us?");
    expect(asked('is llama 4 ok for our 900 person firm?', 'what if we switched to qwen3?')).toBe('is qwen3 ok for our 900 person firm?');
    expect(asked("2x h100 sxm on runpod for 720 h, what's the bill?", 'make it 4 gpus')).toBe("4 h100 sxm on runpod for 720 h, what's the bill?");
    // A new question of its own that happens to say "if we" is not a swap.
    expect(asked('is llama 4 ok for our 900 person firm?', 'what happens to our data if we use the gemini api?')).toBe('what happens to our data if we use the gemini api?');
  });

  it('asks the previous question of another model when the follow-up asks "same volumes on…"', async () => {
    expect(asked('our opus 4.6 usage is 40m input + 8m output tokens a month. what does that cost?', 'same volumes on haiku 4.5?')).toBe('our haiku 4.5 usage is 40m input + 8m output tokens a month. what does that cost?');
    expect(asked('we push 10m input and 2m output tokens a month through gpt-5, whats the bill?', 'same setup with gpt-5 mini?')).toBe('we push 10m input and 2m output tokens a month through gpt-5 mini, whats the bill?');
  });

  it('closes a previous message that asks nothing as a sentence, so the follow-up is the question asked of it', () => {
    const said = [{ role: 'user' as const, text: "risk team here, the vendor won't say which base model sits under their scoring tool" }];
    expect(searchQuery({ question: 'how bad is that?', history: said })).toBe("risk team here, the vendor won't say which base model sits under their scoring tool. how bad is that?");
    // A previous question, with or without its question mark, stays joined as typed.
    const asking = [{ role: 'user' as const, text: 'when did the ICO update its AI guidance' }];
    expect(searchQuery({ question: 'and why was that?', history: asking })).toBe('when did the ICO update its AI guidance and why was that?');
  });

  it('asks what the thing named costs after "which … is cheapest?", with the family word it was typed without', async () => {
    expect(asked("which gemini model is cheapest per mtok? it's for tagging product descriptions", 'and 2.5 flash?')).toBe('what does Gemini 2.5 Flash cost per mtok?');
    expect(asked('which claude model is cheapest?', 'and opus 4.6?')).toBe('what does Claude Opus 4.6 cost?');
    // Not after any other question: "what about 180b" after "which falcon models are apache 2.0?" is joined as before.
    expect(asked('which falcon models are apache 2.0?', 'what about 180b')).toBe('which falcon models are apache 2.0? what about 180b');
  });

  it('joins the two when the follow-up says more than a name, or names a thing of another kind', async () => {
    expect(asked('What licence does Qwen3 use?', 'and can we use it commercially?')).toBe('What licence does Qwen3 use? and can we use it commercially?');
    expect(asked('What licence does Qwen3 use?', 'and the h100?')).toBe('What licence does Qwen3 use? and the h100?');
  });

  it('asks the previous question of another thing named with what is asked of it ("and lambda, when?")', async () => {
    expect(asked('what does runpod charge for an h100?', 'and lambda, since when?')).toMatch(/^what does lambda charge for an h100\? and lambda, since when\?$/i);
    // A name the previous question wrote in its own words is still replaced.
    expect(asked('what licence is the qwen3 model under?', 'and deepseek r1?')).toMatch(/deepseek r1/i);
  });

  it('reads a longer question whose subject points back with the question before it, unless it names something itself', async () => {
    const before = "what's the deal with the llama 4 eu restriction?";
    const pointing = "does it hit our customers too if they're in france and just use our app?";
    expect(asked(before, pointing)).toBe(`${before} ${pointing}`);
    const naming = 'does it hit our customers too if they are in france and just use mistral large 3 in our app?';
    expect(asked(before, naming)).toBe(naming);
  });

  it('reads a fragment that asks nothing of its own with the question before it, and a new question alone', async () => {
    expect(asked('gemini 2.5 pro price per mtok?', 'over 200k prompt?')).toBe('gemini 2.5 pro price per mtok? over 200k prompt?');
    expect(asked('gemini 2.5 pro price per mtok?', 'what is a dpia?')).toBe('what is a dpia?');
  });

  it('reads a short question naming nothing at all with the question before it, when that one named something', async () => {
    expect(asked("when did the uk government's ai playbook come out?", 'how many principles?')).toBe("when did the uk government's ai playbook come out? how many principles?");
    expect(asked('is olmo 2 actually open source?', 'what license tho')).toBe('is olmo 2 actually open source? what license tho');
    expect(asked("what's in the nist generative ai profile", 'list the risks pls, at least the main ones')).toBe("what's in the nist generative ai profile list the risks pls, at least the main ones");
    // One naming its own subject, one after a question that named nothing, and a longer one stand alone.
    expect(asked("when did the uk government's ai playbook come out?", 'how many principles does the ncsc guidance have?')).toBe('how many principles does the ncsc guidance have?');
    expect(asked('when do we need to do this?', 'how many principles?')).toBe('how many principles?');
    const long = 'how many principles are there in total across all of the guidance we should be following here?';
    expect(asked("when did the uk government's ai playbook come out?", long)).toBe(long);
  });

  it('asks the previous question of another version when the follow-up is a bare version ("v3 too?", "and 4.5?")', async () => {
    expect(asked('Can deepseek r1 be used commercially?', 'v3 too?')).toBe('Can DeepSeek V3 be used commercially?');
    // "same?" closes the ask like "too?": "qwen same?" asks the question before of Qwen.
    expect(asked('llama 4 user cap before meta wants a separate deal?', 'qwen same?')).toMatch(/^qwen user cap before meta wants a separate deal\?$/i);
    expect(asked('gemini 2.5 pro price per mtok?', '3.1?')).toBe('Gemini 3.1 Pro price per mtok?');
    // A version no model of that name has is still the thing asked about, as the asker typed it: the answer then says
    // the knowledge base has no price for it ("and behemoth?" after a Llama 4 Maverick price, likewise).
    expect(asked('gemini 2.5 pro price per mtok?', '9.9?')).toBe('gemini 9.9 pro price per mtok?');
    expect(asked('what does llama 4 maverick cost on deepinfra?', 'and behemoth?')).toBe('what does llama 4 behemoth cost on deepinfra?');
  });

  it('asks the previous question of a sibling variant when the follow-up names only the variant ("and nano?", "the pro one?")', async () => {
    expect(asked('gpt-5 mini per mtok?', 'and nano?')).toBe('GPT-5 nano per mtok?');
    expect(asked('gemini 2.5 pro price?', 'and flash?')).toBe('Gemini 2.5 Flash price?');
    expect(asked('how much is gpt-5.1 per million tokens in and out?', 'and the pro one?')).toBe('how much is GPT-5 Pro per million tokens in and out?');
    // The variant may stand in place of a tier word inside the name: "haiku" for "sonnet" in "claude sonnet 4.5".
    expect(asked('how much is claude sonnet 4.5 per mtok', 'and for haiku?')).toBe('how much is Claude Haiku 4.5 per mtok');
    // Or leading it, when the family was not typed: "sonnet 4.5" then "haiku?" is Claude Haiku 4.5, not "Sonnet 4.5 Haiku".
    expect(asked('sonnet 4.5 price per mtok, in and out', 'haiku?')).toBe('Claude Haiku 4.5 price per mtok, in and out');
    // A tier the family holds only at another version is that tier as the cards hold it ("and haiku?" after Opus 4.6,
    // whose version no Haiku has), never "Claude Opus 4.6 Haiku".
    expect(asked('what does claude opus 4.6 cost per million tokens?', 'and haiku?')).toBe('what does Claude Haiku cost per million tokens?');
    // A word no sibling of the model is named by leaves the two read together.
    expect(asked('deepseek r1 licence?', 'and the big one?')).toBe('deepseek r1 licence? and the big one?');
  });

  it('reads a longer message pointing back and naming nothing with the question before it, and one naming its own subject alone', async () => {
    expect(asked('does openai train on our api data?', 'how long do they hang on to it tho')).toBe('does openai train on our api data? how long do they hang on to it tho');
    expect(asked('does openai train on our api data?', 'how long does anthropic hang on to it then, roughly?')).toBe('how long does anthropic hang on to it then, roughly?');
  });
});

describe('a follow-up in a thread, answered from the knowledge base', () => {
  it('answers "can we use it commercially?" about Qwen, because the thread was about Qwen', async () => {
    const dir = await tempDir('aip-follow-up-');
    const config = loadConfig({ DATA_DIR: dir, DATABASE_URL: `sqlite://${join(dir, 'state.db')}` });
    const app = await createApp(config, { logger: silentLogger(), wordVectorCacheDir: SHARED_CACHE });
    try {
      const reply = await app.bot.handle({
        platform: 'slack', tenant: 'T1', channel: 'C1', thread: '1.0', user: { id: 'U1' },
        input: { kind: 'text', text: 'Can we use it commercially?' },
        history,
      });
      // Searched on its own, the follow-up lands on another model's licence; with the thread it stays on Qwen.
      expect(reply.kind).toBe('answer');
      expect(reply.text).toMatch(/Qwen/);
      expect(reply.citations?.[0]?.id).toBe('qwen-licences');
    } finally {
      await app.close();
    }
  });
});

describe('elliptical follow-ups in a thread', () => {
  const ask = async (previous: string, text: string, said = 'An earlier answer [1].') => {
    const dir = await tempDir('aip-follow-up-');
    const config = loadConfig({ DATA_DIR: dir, DATABASE_URL: `sqlite://${join(dir, 'state.db')}` });
    const app = await createApp(config, { logger: silentLogger(), wordVectorCacheDir: SHARED_CACHE });
    try {
      return await app.bot.handle({
        platform: 'slack', tenant: 'T1', channel: 'C1', thread: '1.0', user: { id: 'U1' },
        input: { kind: 'text', text },
        history: [{ role: 'user', text: previous }, { role: 'bot', text: said }],
      });
    } finally {
      await app.close();
    }
  };

  it('does not tell the asker again what the bot said to the question before', async () => {
    const said = 'The Schrems II judgment left standard contractual clauses (SCCs) valid, but every transfer must now be assessed case by case, with extra safeguards added where the assessment calls for them. [1]';
    const reply = await ask('when was schrems ii decided?', 'what did it strike down?', said);
    expect(reply.text).toMatch(/(?:struck|striking) down the EU-US Privacy Shield/);
    expect(reply.text).not.toMatch(/left standard contractual clauses \(SCCs\) valid/);
    // Without that turn in the thread, the same sentence may be part of the answer.
    expect((await ask('when was schrems ii decided?', 'what did it strike down?')).text).toMatch(/(?:struck|striking) down the EU-US Privacy Shield/);
  });

  it('"same for our berlin office?" after a UK transfer question answers for the EU, not the UK again', async () => {
    const reply = await ask("we're uk based, what transfer tool do we use for a us ai vendor?", 'same for our berlin office?');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toMatch(/Data Privacy Framework|standard contractual clauses|SCCs/);
    expect(reply.text).not.toMatch(/^Since 21 March 2022, UK organisations/);
  });

  it('"how many principles?" after the AI Playbook\'s date counts the Playbook\'s principles, not another code\'s', async () => {
    const reply = await ask("when did the uk government's ai playbook come out?", 'how many principles?');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toMatch(/Playbook[^.]*\bten principles/);
    expect(reply.text).not.toMatch(/13 principles/);
  });

  it('"list the risks pls" after a question on the NIST generative AI profile lists that profile\'s risks', async () => {
    const reply = await ask("what's in the nist generative ai profile", 'list the risks pls, at least the main ones');
    expect(reply.kind).toBe('answer');
    expect(reply.text.split(/(?<=\])\s/)[0]).toMatch(/confabulation[^.]*bias/);
    expect(reply.text).not.toMatch(/Article 26/);
  });

  it('"and lambda" after an H100 price at RunPod gives Lambda\'s price first', async () => {
    const reply = await ask('what does runpod charge for an h100?', 'and lambda');
    expect(reply.kind).toBe('answer');
    expect(reply.text.split(/(?<=\])\s/)[0]).toMatch(/Lambda[^.]*\$3\.78/);
    // The previous question's vendor is not what is asked now.
    expect(reply.text).not.toMatch(/RunPod/);
  });

  it('"what if it was 3x that, steady?" after a spend below the crossover answers at three times the spend', async () => {
    const reply = await ask('we spend about £1,200 a month on the openai api. should we self-host?', 'what if it was 3x that, steady?');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toMatch(/Self-hosting is likely to pay: at £3,600 a month/);
    expect(reply.text).not.toMatch(/£1,200/);
  });

  it('"over 200k prompt?" after a Gemini 2.5 Pro price gives the long-prompt tier, not the cost of 200k tokens', async () => {
    const reply = await ask('gemini 2.5 pro price per mtok?', 'over 200k prompt?');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toMatch(/\$2\.50[^.]*\$15/);
    expect(reply.text).not.toMatch(/200,000 input tokens cost/);
  });
});
