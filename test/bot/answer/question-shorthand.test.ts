import { describe, expect, it } from 'vitest';
import { analyseQuestion, blockquotesAsQuotes, checksClaim, claimFraming, definitionSubject, expandShorthand } from '../../../bot/answer/question.ts';

describe('chat shorthand', () => {
  it('spells out the shorthand people type, so it is read as the words meant and never weighs as a rare word', () => {
    expect(expandShorthand('fine tune thru openai or abt our own kit, cuz prod data')).toBe('fine-tune through openai or about our own kit, because production data');
    // British "cos" is "because" too: left as typed it weighed as a rare word the cards never use.
    expect(expandShorthand('pick a model cos the vendor says so')).toBe('pick a model because the vendor says so');
    // "r" opening a question is "are"; inside a name ("command r") it stays.
    expect(expandShorthand('r open-weight models on par yet? r they cheaper')).toBe('are open-weight models on par yet? are they cheaper');
    expect(expandShorthand('command r pricing?')).toBe('command r pricing?');
    expect(expandShorthand('we r gonna self host w/o a dept for it')).toBe('we r going to self-host without a department for it');
    // A lone "w" between two words is "with"; a letter on its own elsewhere is left as typed.
    expect(expandShorthand('claims data w diagnoses in it')).toBe('claims data with diagnoses in it');
    expect(expandShorthand('can the feds get at our stuff?')).toBe('can the US government get at our data?');
    expect(expandShorthand('option w, or plan b')).toBe('option w, or plan b');
  });

  it('spells out the clipped words typed on a phone, and "yr" only where it counts years', () => {
    expect(expandShorthand('shd we review once a yr or every 3 mths? wat wld you do, cld be next wk')).toBe('should we review once a year or every 3 month? what would you do, could be next week');
    expect(expandShorthand('a 2 yr deal, £40k/yr')).toBe('a 2 year deal, £40k/yr');
    expect(expandShorthand('expensing chatgpt plus subs')).toBe('expensing chatgpt plus subscriptions');
    // The flag emoji is a red flag, however many are typed.
    expect(expandShorthand("their exit clause: 'at prevailing rates' 🚩🚩?").trim()).toBe("their exit clause: 'at prevailing rates' red flag ?");
    expect(analyseQuestion("vendor's change policy: 'we may update our models at any time.' 🚩 or fine?").core).toMatch(/red flag/);
    // "yr" as "your" is left as typed.
    expect(expandShorthand('yr team asked')).toBe('yr team asked');
  });

  it('reads a later ask opening "and if not…" or "and since when…" as asking, with or without its question mark', () => {
    expect(analyseQuestion("does an eu region get us out of cloud act reach? and if not what's the alternative. dutch insurer, 900 staff").core).toMatch(/alternative/);
    expect(analyseQuestion("gpai = ? saw it in a newsletter, we're a 30 person saas. and since when does it apply").core).toMatch(/since when does it apply/);
    // An "and" clause that tells rather than asks stays context.
    expect(analyseQuestion('is llama 4 open source? and we are a bank in leeds').core).not.toMatch(/bank/);
    // A bare "should we?" asks whether to do what someone proposed, however much was said between.
    expect(analyseQuestion('founders want one model for everything to keep it simple. 25 ppl, mostly support tickets plus some contract analysis. should we, or mix?').core).toMatch(/one model for everything/);
    // Not an ask of its own: "should we self-host it?" names what it asks.
    expect(analyseQuestion('the cto wants gemini for everything. we are 25 people on support tickets. should we self-host llama instead?').core).not.toMatch(/gemini/);
    // A few words asking it again of another thing ("and on…", "or for…") ask too.
    expect(analyseQuestion('llama 4 scout price on together? and on cerebras').core).toMatch(/cerebras/);
    expect(analyseQuestion('ai act max fine for the banned stuff? and for lying to the regulator').core).toMatch(/regulator/);
    // Not after a statement, nor a longer clause.
    expect(analyseQuestion('we run scout on together. and on cerebras for the eu team. what does gpt-5.2 cost per mtok on openai?').core).not.toMatch(/cerebras/);
  });

  it('reads a swear-word question as the question it is, and an audience asked for as how to put it', () => {
    expect(expandShorthand('wtf is litellm')).toBe('what is litellm');
    expect(expandShorthand('what the hell does gpai mean')).toBe('what does gpai mean');
    expect(definitionSubject(expandShorthand('wth is a tra'))).toBe('tra');
    // "what's the deal with X" asks about X, like "what about X"; "deal" is not its subject.
    expect(expandShorthand("what's the deal with the gemma 3 licence?")).toBe('what about the gemma 3 licence?');
    expect(expandShorthand('the deal with the vendor fell through')).toBe('the deal with the vendor fell through');
    // Who the answer is for ("like i'm the cfo", "board version pls") is not what it is about.
    expect(analyseQuestion("explain the cloud act like i'm the cfo").core).not.toMatch(/cfo/);
    expect(analyseQuestion('open weight vs closed, explain like im in finance pls').core).not.toMatch(/finance/);
    expect(analyseQuestion('what is a dpia? board-friendly version pls').core).not.toMatch(/board|version/);
    expect(analyseQuestion('what does an abstraction layer mean in normal-people words').core).not.toMatch(/normal|people|words/);
    expect(expandShorthand('ai act dates, all of em')).toBe('ai act dates, all of them');
    // Whom the answer is for, and the meeting it is wanted before, are how and when to answer, not what about.
    expect(analyseQuestion('api fine-tuning vs tuning an open model ourselves - difference, for someone who doesnt code?').core).not.toMatch(/code/);
    expect(analyseQuestion("standup in 5 — fine-tune via openai's api, or self-host llama?").core).not.toMatch(/standup/);
    // Who keeps raising the subject is not the subject: "legal keeps banging on about", "that our lawyer keeps bringing up".
    expect(analyseQuestion("what's the CLOUD act thing legal keeps banging on about").core).toBe("what's the CLOUD act thing");
    expect(analyseQuestion('what is the dpf that our lawyer keeps bringing up?').core).not.toMatch(/lawyer|bringing/);
    expect(analyseQuestion('is the dpf everyone keeps going on about still valid?').core).not.toMatch(/everyone|going/);
    // "keeps saying" tells what was said, which may be the subject: it stays.
    expect(analyseQuestion('legal keeps saying deployer - what does it mean for us').core + analyseQuestion('legal keeps saying deployer - what does it mean for us').context).toMatch(/deployer/);
    // A term in quotes after "what's the/this" is the subject, not someone's wording.
    const bridge = analyseQuestion("what's the 'data bridge' for uk -> us transfers?");
    expect(bridge.core).toMatch(/data bridge/);
    expect(bridge.quoted).toEqual([]);
    // "this X thing" names its subject: the question stands on its own, not borrowing the message around it.
    expect(analyseQuestion('met the board at lunch. what is this dpf thing?').core).toBe('what is this dpf thing?');
    // A cfo asked about stays: "does the cfo sign the dpa?".
    expect(analyseQuestion('does our cfo have to sign the dpa?').core).toMatch(/cfo/);
  });

  it('reads a quotation someone put to the asker as the question, and any other quotation as quoted', () => {
    const board = analyseQuestion("our spend wobbles between £1.8k and £2.2k a month and the board wants 'self-host y/n'. one para for the board pack pls").core;
    expect(board).toMatch(/self-host yes or no\?$/);
    expect(board).not.toMatch(/para|pack/);
    expect(analyseQuestion("raising soon. investors keep asking 'what is our open weights story'. thoughts?").core).toMatch(/open weights story/);
    // Said to the asker ("cornered me after the meeting:"): a quotation opening with a question word is the question,
    // and a request for how to put the answer ("need 2 lines i can paste back to him") asks nothing of its own.
    const cornered = analyseQuestion('board member cornered me after the meeting: "what\'s this CLOUD act thing legal keeps banging on about". need 2 lines i can paste back to him, zero jargon');
    expect(cornered.core).toMatch(/^what's this CLOUD act thing\W*$/);
    expect(cornered.quoted).toEqual([]);
    // A quoted statement after a colon stays someone else's words.
    expect(analyseQuestion('their dpa says: "we may use customer content to improve our services". ok?').quoted).toEqual(['we may use customer content to improve our services']);
    // Wanted but not asked: a demand stays someone else's words.
    const demand = analyseQuestion("vendor wants 'unlimited liability waiver'. ok?");
    expect(demand.quoted).toEqual(['unlimited liability waiver']);
    expect(demand.core).not.toMatch(/liability/);
  });

  it('reads tokens/sec as a rate and "sec" alone as security', () => {
    expect(expandShorthand('2k tokens/sec on h100s, 500 tok/s per gpu')).toBe('2k tokens per second on h100s, 500 tokens per second per gpu');
    expect(expandShorthand('sec review of the vendor')).toBe('security review of the vendor');
  });

  it('reads "eli5" opening a sentence as asking about what follows, so the situation after it is context', () => {
    const read = analyseQuestion("eli5 the us cloud act pls. we're a 30 person hr software firm in cork, all on aws, and legal brings it up in every vendor review");
    expect(read.core).toBe('tell me about the us cloud act please.');
    expect(read.context).toMatch(/^we're a 30 person hr software firm/);
    // Elsewhere it says how to answer, as before.
    expect(expandShorthand('the cloud act, eli5')).toBe('the cloud act, eli5');
  });

  it('leaves words that only contain the shorthand alone', () => {
    expect(expandShorthand('thruput, rn50 throughput, those thorough tests')).toBe('thruput, rn50 throughput, those thorough tests');
    expect(expandShorthand('esperanto business years')).toBe('esperanto business years');
  });

  it('reads a requested length as shaping the answer, not as what is asked about', () => {
    const a = analyseQuestion('Could someone explain the US CLOUD Act to me in a couple of sentences?');
    expect(a.core).not.toMatch(/sentences/);
    expect(analyseQuestion('gdpr art 48 in three short lines pls').core).not.toMatch(/lines/);
    expect(analyseQuestion('is our setup in line with the deployer duties?').core).toMatch(/in line with/);
    // A length typed on after a comma, dash or bracket ("…, two sentences", "(one line)") asks for a short answer too.
    const typedOn = analyseQuestion('what is the cloud act, two sentences');
    expect(typedOn.core).not.toMatch(/sentences/);
    expect(typedOn.kind).toBe('definition');
    expect(typedOn.brief).toBe(true);
    expect(analyseQuestion("what's a dpia (one line)").brief).toBe(true);
    // A count of lines that is the subject stays in the question.
    expect(analyseQuestion('how many lines of the sla cover uptime?').brief).toBeUndefined();
  });

  it('reads who the answer is for ("for a non-techie", "in normal words") as shaping it, and a term before "explain" as a definition', () => {
    expect(analyseQuestion('what are sccs, in normal words').core).not.toMatch(/normal|words/);
    expect(analyseQuestion('what is a dpia, like im five').core).not.toMatch(/five/);
    const explained = analyseQuestion('model abstraction layer — explain for a non-techie');
    expect(explained).toMatchObject({ kind: 'definition' });
    expect(explained.core).not.toMatch(/techie/);
    expect(definitionSubject('dpia: define pls')).toBe('dpia');
    // A subject holds no comma: what follows it is a second question.
    expect(definitionSubject('what is a tra, and do we actually need one')).toBe('tra');
    // A term then "means?", perhaps with where it was met; never a pronoun as the subject.
    expect(definitionSubject("sovereign ai in an rfp means?")).toBe('sovereign ai');
    expect(definitionSubject('tra — meaning?')).toBe('tra');
    // How the asker wants it put closes the question: ", simply", "in plain english", "pls".
    expect(definitionSubject('sccs — what are they, simply?')).toBe('sccs');
    expect(definitionSubject('what is a dpia, in plain english')).toBe('dpia');
    expect(definitionSubject('what is the cost of gpt-5.2 please')).toBeUndefined();
    // A term, then "what" where its meaning goes: "sccs = what exactly?", "open weights means what?"; never a figure asked.
    expect(definitionSubject('sccs = what exactly?')).toBe('sccs');
    expect(definitionSubject('a dpia is what?')).toBe('dpia');
    expect(definitionSubject('open weights means what?')).toBe('open weights');
    expect(definitionSubject('the price is what?')).toBeUndefined();
    expect(definitionSubject('our budget is what')).toBeUndefined();
    // "one" stands for the noun named just before it; a clause telling something before a colon is context, not a topic.
    expect(analyseQuestion('how is an open-weight model different from a closed one?').core).toBe('how is an open-weight model different from a closed model?');
    expect(analyseQuestion('the vendor keeps dodging this: how is an open-weight model different from an open-source one?')).toMatchObject({ core: 'how is an open-weight model different from an open-source model?', context: 'the vendor keeps dodging this:' });
    expect(analyseQuestion('llama 4 licence: any catch for an eu firm?').core).toBe('llama 4 licence any catch for an eu firm?');
    expect(definitionSubject('ai literacy duty: definition?')).toBe('ai literacy duty');
    expect(definitionSubject('what are they actually getting at?')).toBeUndefined();
    // What the writer of a quoted term is after is what the term means.
    for (const q of ["tender says 'strategic autonomy' - what are they after?", "rfp has a section on 'strategic autonomy', can someone translate that into plain english?"]) {
      expect(analyseQuestion(q), q).toMatchObject({ core: 'what is strategic autonomy', kind: 'definition' });
    }
    expect(definitionSubject('can you explain')).toBeUndefined();
    expect(analyseQuestion('In plain terms, what separates an open-weight model from a closed one you call through an API?').kind).toBe('comparison');
    // "wtf does that mean" after a quoted term asks what the term means; "what is X, and when…" defines X first.
    expect(analyseQuestion("ceo keeps saying our rfp answer needs 'strategic autonomy'. wtf does that mean in tender-speak")).toMatchObject({ core: 'what is strategic autonomy', kind: 'definition' });
    expect(analyseQuestion('What is a transfer risk assessment, and when does the ICO expect one?').kind).toBe('definition');
    // Written for this test: a chat opener before the question word, and "eli5" or "in plain words" after it.
    expect(definitionSubject('ok so what is a gpai model exactly, eli5')).toBe('gpai model');
    expect(definitionSubject("right, what's a dpia in plain words")).toBe('dpia');
    expect(definitionSubject('hey what are sccs')).toBe('sccs');
    expect(definitionSubject('explain simply what a tra is')).toBe('tra');
    expect(analyseQuestion('explain simply what a tra is, our dpo keeps mentioning it').kind).toBe('definition');
    expect(definitionSubject('define briefly open weights')).toBe('open weights');
  });

  it('reads "need all of them for the appendix" after a question as its purpose, not a second question', () => {
    const a = analyseQuestion('what are the legal routes for sending customer data out of the eu? need all of them for the dpia appendix, short description each is fine');
    expect(a.core).toBe('what are the legal routes for sending customer data out of the eu?');
    expect(a.context).toMatch(/dpia appendix/);
  });

  it('reads a request for the answer\'s form or audience as context, and a form with its subject as the question', () => {
    const a = analyseQuestion('can openai train on what we send through the api? need a yes/no for the dpo');
    expect(a.core).toBe('can openai train on what we send through the api?');
    expect(a.context).toMatch(/yes\/no for the dpo/);
    // Before the question it is no topic either: the question borrows the condition, not the request.
    expect(analyseQuestion("finance want a number for the pilot: if we leave one g5.xlarge running all month, what's the bill roughly in $?").core).not.toMatch(/finance|pilot/);
    expect(analyseQuestion('we need a list of the red flags in a model licence').core).toMatch(/red flags/);
    // A slide, a memo or a paragraph is a form too ("ceo wants one slide:"), and so is "plain english" without "in".
    const slide = analyseQuestion('ceo wants one slide: ai act fines vs gdpr fines, which could hurt us more?');
    expect(slide.core).not.toMatch(/ceo|slide/);
    expect(slide.core).toMatch(/ai act fines vs gdpr fines/);
    expect(analyseQuestion("what's an 'open weight' model, plain english?").core).not.toMatch(/plain|english/);
    expect(analyseQuestion('we need a slide on the red flags in a model licence').core).toMatch(/slide on the red flags/);
    // "What's the bill in $" asks for a figure, not what a bill is.
    expect(definitionSubject("what's the bill roughly in $?")).toBeUndefined();
  });

  it('reads the occasion a question is asked on ("ahead of monday\'s architecture review,") as context, a scene qualifying it as a qualifier', () => {
    const a = analyseQuestion("Ahead of Monday's architecture review, what is a DPIA?");
    expect(a.core).toBe('what is a DPIA?');
    expect(a.qualifiers).toBe('');
    expect(a.context).toMatch(/architecture review/);
    expect(analyseQuestion('before the vendor call on wednesday, which sccs module fits a processor?').qualifiers).toBe('');
    // What happened before the question can be its subject: it stays a qualifier.
    expect(analyseQuestion("after the latombe case, can we still rely on the dpf?").qualifiers).toMatch(/latombe/);
  });

  it('reads a label about the question itself ("ok dumb q from the ops side:") as context, not its topic', () => {
    const a = analyseQuestion("ok dumb q from the ops side: when people say a model is 'open weight', do we get the model files to run ourselves?");
    expect(a.core).not.toMatch(/dumb|ops side/);
    expect(a.kind).toBe('yes-no');
    expect(analyseQuestion('sizing question from the platform team: how many tok/s does an 8b model manage on one h100?').core).not.toMatch(/platform team/);
    expect(analyseQuestion('board question for friday: how do we make sure we can walk away from an ai supplier?').core).not.toMatch(/board|friday/);
    // "asked me what a TRA is": the asking and the person asked are context; "what X is" asks for a definition.
    const tra = analyseQuestion('procurement asked me what a TRA is in the context of intl transfers, anyone?');
    expect(tra.kind).toBe('definition');
    expect(tra.core).toMatch(/^what a TRA is in the context of international transfers/);
    expect(definitionSubject('what the price is for gpt-5')).toBeUndefined();
    // A topic before the colon is still the question's subject.
    expect(analyseQuestion('human oversight: what should worry us?').core).toMatch(/human oversight/);
    // A label with the time it is wanted for is the scene, not the subject.
    expect(analyseQuestion('offsite with the board on friday 🚀 which licences let us fine-tune freely?').core).toBe('which licences let us fine-tune freely?');
    expect(analyseQuestion('vendor pitch tmrw - what should we ask about exit plans and data deletion?').core).not.toMatch(/pitch|tmrw/);
    // Where the answer will go is not what it is about, unless the question asks what goes there.
    expect(analyseQuestion('what renewal dates should we track in our gantt chart?').core).toBe('what renewal dates should we track?');
    expect(analyseQuestion('what should we put in the business case?').core).toMatch(/business case/);
    // A request passed on from someone else asks, after a comma too, when nothing else in the message does.
    expect(analyseQuestion('moving the support bot to claude next month, finance needs the batch price for haiku 4.5').core).toBe('the batch price for haiku 4.5');
    expect(analyseQuestion('legal wants a checklist for licences, what should be on it?').core).not.toBe('a checklist for licences');
    expect(analyseQuestion('we need a dpia for the chatbot').core).toBe('we need a dpia for the chatbot');
    // A statement put up for confirmation ("…, yes?", "…, right?") asks yes or no; "…, roughly?" does not.
    for (const q of ["mistral large 2 is free to use in production, yes? because it's open weights", 'the dpf covers uk data too, right?', 'llama 4 is apache, correct?']) expect(analyseQuestion(q).kind, q).toBe('yes-no');
    expect(analyseQuestion('what does it cost, roughly?').kind).not.toBe('yes-no');
    // So does a claim opened by a word of truth, or followed by one alone.
    for (const q of ['true that falcon 40b is apache now?', 'is it right that the dpf covers uk data?', 'the vendor claims r1 is mit. accurate?', 'heard gpt-5 nano was retired. fact?', 'a consultant said fines cap at 7%. true or false?']) expect(analyseQuestion(q).kind, q).toBe('yes-no');
    expect(analyseQuestion('what is true of the dpf?').kind).not.toBe('yes-no');
    expect(checksClaim('our dpo thinks the eu region takes us out of reach of us law. is that right?')).toBe(true);
    expect(checksClaim('is llama 4 apache 2.0?')).toBe(false);
    expect(claimFraming('our dpo thinks the eu region is enough, and a vendor told us so')).toEqual(['our dpo thinks', 'a vendor told us']);
    // A yes or no asked of a counted set is a yes or no.
    expect(analyseQuestion('do the five factors apply to a tiny team?').kind).toBe('yes-no');
    expect(analyseQuestion('what are the five factors?').kind).toBe('list');
    // A list something is on asks nothing listed; a list asked for is one.
    expect(analyseQuestion('do we need an idta if the supplier is on the uk extension list?').kind).toBe('yes-no');
    expect(analyseQuestion('is mistral on their approved vendor list yet?').kind).toBe('yes-no');
    expect(analyseQuestion('can you list the dpf checks?').kind).toBe('list');
    // Things named, then what names them, and no more.
    expect(analyseQuestion('stages the ncsc/cisa secure ai guidelines cover?').kind).toBe('list');
    expect(analyseQuestion('risks the nist genai profile names?').kind).toBe('list');
    expect(analyseQuestion('costs the vendor covers are fine?').kind).not.toBe('list');
    // Each of several things asked about: "what each one is for".
    expect(analyseQuestion('please give the transfer articles and what each one is for.').kind).toBe('list');
    // Asked for in so many words, a list is a list whatever the ask compares.
    expect(analyseQuestion('what costs do people forget when comparing self-hosting with an api bill? list pls, cfo wants it tidy').kind).toBe('list');
    expect(analyseQuestion('what costs do people forget when comparing self-hosting with an api bill?').kind).toBe('comparison');
    // A requested length is a request for a short answer.
    expect(analyseQuestion('explain the cloud act in a couple of sentences').brief).toBe(true);
  });

  it('keeps a question whose own words say "asking" whole, and reads what the asker is doing as context', () => {
    // "…the us government asking for our data?" has no lead-in: "asking" is part of what it asks.
    const a = analyseQuestion('writing the rfp section now — what should a supplier be telling us about the us government asking for our data?');
    expect(a.core).toBe('what should a supplier be telling us about the us government asking for our data?');
    // A lead-in still is one: "our dpo is asking whether…".
    expect(analyseQuestion('our dpo is asking whether we need a dpia for the chatbot').core).toBe('we need a dpia for the chatbot');
  });

  it('reads a request passed on for a list of what as the question, and who passed it on as context', () => {
    // Written for this test; the scene before it ("a 20-person agency in leeds") is not what is asked.
    const a = analyseQuestion("we're a 20-person agency in leeds and our cto wants a list of what changes for us if we run llama on our own servers");
    expect(a.core).toBe('a list of what changes for us if we run llama on our own servers');
    expect(a.kind).toBe('list');
    expect(a.context).toMatch(/20-person agency in leeds and our cto wants$/);
    // A list asked for plainly stays whole.
    expect(analyseQuestion('legal wants a list of the eu ai act deadlines').core).toBe('a list of the eu ai act deadlines');
  });

  it('reads where the asker met a term, told after a comma, as context', () => {
    for (const [message, core] of <[string, string][]>[
      ['wtf is a dpia, our dpo keeps saying it', 'what is a dpia'],
      ['what does gpai mean, saw it in the vendor dpa', 'what does gpai mean'],
      ['what is a transfer risk assessment, legal keep bringing it up', 'what is a transfer risk assessment'],
    ]) {
      const a = analyseQuestion(message);
      expect(a.core).toBe(core);
      expect(a.kind).toBe('definition');
    }
    expect(analyseQuestion('wtf is a dpia, our dpo keeps saying it').context).toMatch(/dpo keeps saying it/);
  });

  it('leaves shorthand inside a hyphenated model name alone', () => {
    expect(expandShorthand('can we self host gpt-oss-120b commercially? is oss ok in prod?')).toBe('can we self-host gpt-oss-120b commercially? is open source ok in production?');
  });

  it('reads a least or most amount asked for as a figure', () => {
    expect(analyseQuestion('eu loan-scoring tool, high risk, we are the deployer. minimum retention on the logs?').kind).toBe('number');
    expect(analyseQuestion('max fine for a gpai provider?').kind).toBe('number');
    // Minimum requirements are a list to give, not a figure.
    expect(analyseQuestion('minimum requirements for a vendor dpa?').kind).not.toBe('number');
  });

  it('reads the things to weigh in a choice as a list, not a comparison of its options', () => {
    expect(analyseQuestion('main things to weigh when picking open vs closed?').kind).toBe('list');
    expect(analyseQuestion('what should we consider when choosing between llama and mistral?').kind).toBe('list');
    expect(analyseQuestion('llama 4 vs mistral large 3 licence?').kind).toBe('comparison');
    // The factors for a choice, named with its options, are a list; a message asking nothing keeps its purpose as context.
    const factors = analyseQuestion("quick list of the factors for open vs closed, it's for a board slide");
    expect(factors).toMatchObject({ kind: 'list', core: 'quick list of the factors for open vs closed' });
    expect(factors.context).toMatch(/board slide/);
  });

  it('reads "which … more, X or Y" as a comparison, whatever the verb', () => {
    expect(analyseQuestion('which would hurt more, an ai act fine or a gdpr one?').kind).toBe('comparison');
    expect(analyseQuestion('which matters less for a pilot, latency or price?').kind).toBe('comparison');
    // Two things named, then which of them.
    expect(analyseQuestion('NIST AI RMF or ISO 42001: which one can a supplier actually be certified against?').kind).toBe('comparison');
    expect(analyseQuestion('nist ai rmf or iso 42001 - which one is certifiable?').kind).toBe('comparison');
    // Two options and what they are for, with no other ask.
    expect(analyseQuestion('qwen3 or llama 4 if we want the simplest licence for a saas with maybe 5k users?').kind).toBe('comparison');
    expect(analyseQuestion('idta or the uk addendum for our us llm supplier?').kind).toBe('comparison');
    // "for now" is when, not what for.
    expect(analyseQuestion('self-host an open model or just use an api for now?').kind).not.toBe('comparison');
    // "more" with no "which" and no two options is no comparison.
    expect(analyseQuestion('tell me more about the ai act fines').kind).not.toBe('comparison');
  });

  it('reads "comparing X with Y, which…" as a comparison of the two, with its lead-in kept in the question', () => {
    const a = analyseQuestion('Comparing GDPR fines with EU AI Act fines, which regime can hit harder, and by how much?');
    expect(a.kind).toBe('comparison');
    expect(a.core).toMatch(/GDPR fines with EU AI Act fines/);
  });

  it('keeps a first question run on with a comma in the question, never as a phrase setting the scene', () => {
    const a = analyseQuestion('when does it make sense to run our own open model instead of paying for an api, what are the triggers?');
    expect(a.core).toMatch(/^when does it make sense to run our own open model/);
    expect(a.context).toBe('');
    // A phrase that asks nothing still sets the scene.
    expect(analyseQuestion('for a board deck, what does the eu ai act say about fines?').core).toBe('what does the eu ai act say about fines?');
  });

  it('reads what the asker sets aside ("ignore cost for a moment") as not asked, and "what else should decide" as the criteria', () => {
    const a = analyseQuestion('ignore cost for a moment - what else should decide open vs closed for us?');
    expect(a.core).toBe('what else should decide open vs closed for us?');
    expect(a.kind).toBe('list');
    expect(analyseQuestion('leaving price aside, which is safer for health data: claude or llama?').core).not.toMatch(/price/);
  });

  it('reads the asker\'s adverb after "what" as saying nothing ("what actually is an scc")', () => {
    expect(definitionSubject('what actually is an scc')).toBe('scc');
    expect(definitionSubject('what exactly are sccs?')).toBe('sccs');
    expect(analyseQuestion('what actually is an scc').kind).toBe('definition');
  });

  it('reads a verb ending in s after "what" ("what threshold makes a model count…") as no plural, so not a list', () => {
    expect(analyseQuestion('What compute threshold makes a general-purpose model count as systemic risk under the AI Act?').kind).not.toBe('list');
    expect(analyseQuestion('what makes an ai model count as systemic risk under the eu rules').kind).not.toBe('list');
    expect(analyseQuestion('which gdpr articles apply to us?').kind).toBe('list');
    expect(analyseQuestion('what security docs does a vendor need to send?').kind).toBe('list');
  });

  it('reads how a vendor should prove or show something as asking what a good answer holds, and "should that bother us?" as red flags', () => {
    expect(analyseQuestion('how should an llm vendor prove their security is legit, beyond just telling us it is?').kind).toBe('good-answer');
    // How a vendor should handle or deal with something is what good practice looks like, too.
    expect(analyseQuestion('how should a vendor handle swapping the model under us').kind).toBe('good-answer');
    expect(analyseQuestion('how should the supplier deal with requests from us authorities?').kind).toBe('good-answer');
    expect(analyseQuestion('vendor ai fairness: how do they prove it?').kind).toBe('good-answer');
    expect(analyseQuestion('how should we prove to the board that the pilot worked?').kind).not.toBe('good-answer');
    expect(analyseQuestion("their data terms say they keep our prompts 'as long as necessary'. should that bother us?").kind).toBe('red-flags');
    expect(analyseQuestion('should we be concerned that they only self-assess?').kind).toBe('red-flags');
  });

  it('reads "what would make us walk away from…" as asking for deal breakers, not for an exit', () => {
    for (const q of ['what would make you walk away from a model licence?', 'which vendor answers should make us walk away?']) {
      expect(analyseQuestion(q).kind, q).toBe('red-flags');
      expect(analyseQuestion(q).core, q).not.toMatch(/walk away/);
    }
    // Walking away from a vendor is still leaving it.
    expect(analyseQuestion('how do we walk away from the vendor without losing our data?').core).toMatch(/walk away/);
  });

  it('reads "what\'s the full list?" as asking for a list, never as defining "full list"', () => {
    for (const q of ["what's the full list?", 'what is the whole checklist?']) {
      expect(definitionSubject(q), q).toBeUndefined();
      expect(analyseQuestion(q).kind, q).toBe('list');
    }
    expect(definitionSubject("what's the usual set?")).toBeUndefined();
    expect(definitionSubject('what is the dpf list?')).toBe('dpf list');
  });

  it('reads "honestly fine for us?" after a vendor\'s clause as judging the clause', () => {
    const a = analyseQuestion('contract says they can swap the ai model behind the product whenever they like, no warning. honestly fine for something our customers use every day?');
    expect(a.core).toMatch(/swap the ai model/);
  });

  it('hears a yes or no asked as a statement to confirm, a thing put up as ok, or a condition typed without its comma', () => {
    for (const q of ['llama 4 is apache right?', 'deepseek r1 ok in a paid product?', 'gemma 3 fine for commercial use?', 'if a vendor has iso 42001 does that mean their model is safe?']) {
      expect(analyseQuestion(q).kind, q).toBe('yes-no');
    }
    // Picking between two views is not a yes or no.
    expect(analyseQuestion("one dev wants litellm now, the other says it is premature. who's right?").kind).not.toBe('yes-no');
    // Nor is a what-question whose last words are "to be true?" after a statement ended by a full stop.
    expect(analyseQuestion("vendor deck says their model is 'open source'. what would it have to include for that to be true?").kind).not.toBe('yes-no');
    expect(analyseQuestion('we checked the licence. llama 4 is apache, right?').kind).toBe('yes-no');
  });

  it('hears a yes or no put by its last sentence, after a dash, by a judging word at its end or by a comparative', () => {
    for (const q of [
      'the sales deck keeps quoting their soc 2 like it proves everything. does that cover the model itself?',
      'mistral large 3 - can we ship it in a paid app?',
      'checking the scc annex once a year, enough?',
      'our dpa wording ok with that?',
      'claude 3 haiku still available?',
      'eu fines lower for a small business?',
    ]) {
      expect(analyseQuestion(q).kind, q).toBe('yes-no');
    }
    // A last sentence typed without its question mark still asks yes or no when it opens as such a question does.
    expect(analyseQuestion('our dpo wants everyone off personal chatgpt accounts and onto a business plan. is she right or is that overkill for a 15 person firm').kind).toBe('yes-no');
    expect(analyseQuestion('we moved everything to the eu region last month. what changes for us').kind).not.toBe('yes-no');
    // A plural in the story before a yes-or-no question ("our biggest clients") does not make it a list.
    expect(analyseQuestion("one of our biggest clients put in the contract that their data can't leave the eu. does that mean we have to run our own model?").kind).toBe('yes-no');
    expect(analyseQuestion('main risks of self-hosting for a small firm?').kind).toBe('list');
    for (const q of ['worth switching our chatbot to qwen3 for the licence alone?', 'spend is flat at $4k a month now. time to self-host?', 'any reason not to put the preview model live?', 'Should a 60-person consultancy run a mix of paid AI services and models we host ourselves, or is that over-engineering?']) {
      expect(analyseQuestion(q).kind, q).toBe('should');
    }
    // A comparative inside a what-question asks for a figure, not a yes or no.
    expect(analyseQuestion('below what monthly spend is an api the cheaper route?').kind).not.toBe('yes-no');
    // Two options weighed by a comparative are compared.
    expect(analyseQuestion('runpod or lambda cheaper for an h100?').kind).toBe('comparison');
  });

  it('reads a precaution typed after the question ("… to be safe?") as said of the asking, not as a safety question', () => {
    const a = analyseQuestion('should the vendor contract keep the scc annex as well, just to be on the safe side?');
    expect(a.core).not.toMatch(/safe/);
    expect(a.core).toMatch(/\?$/);
    // Safety asked about stays in the question.
    expect(analyseQuestion('is qwen3 safe to self-host as it comes?').core).toMatch(/safe/);
  });

  it('finds the term asked about after a leading phrase, only when the clause asks what it means', () => {
    expect(definitionSubject('In the open versus closed decision, what does cost predictability refer to?')).toBe('cost predictability');
    expect(analyseQuestion('In the open versus closed decision, what does cost predictability refer to?').kind).toBe('definition');
    expect(definitionSubject("ai act dates: what applies already, what's coming?")).toBeUndefined();
  });

  it('reads a short subject before "what are they?" as the thing to define', () => {
    expect(analyseQuestion('SCCs - what are they actually?').kind).toBe('definition');
    expect(definitionSubject('dpia, what is it exactly?')).toBe('dpia');
    // With a second question after it.
    expect(definitionSubject('nist ai 600-1, what is it and why would procurement care')).toBe('nist ai 600-1');
    expect(definitionSubject('we use llama. what is it')).toBeUndefined();
  });

  it('reads a counted set of items as a list however it is asked', () => {
    expect(analyseQuestion('what are the twelve questions to ask an ai vendor?').kind).toBe('list');
    expect(analyseQuestion('what are the 5 factors in the open vs closed decision').kind).toBe('list');
  });

  it('hears "what\'s the catch?", gotchas and pitfalls as asking for red flags', () => {
    for (const q of ["microsoft's ip promise sounds great - what's the catch?", 'any gotchas in the llama 4 licence?', 'pitfalls of a 99.9% sla with credits only?', 'what in the gemma terms should make our legal team nervous?', 'what traps in its terms should legal hunt for?', 'any landmines in the sla?']) {
      expect(analyseQuestion(q).kind, q).toBe('red-flags');
    }
  });

  it('hears a sketchy or dodgy vendor, and what rules a vendor out, as asking for red flags', () => {
    for (const q of ['what would a sketchy ai vendor say when we ask about retention?', 'dodgy answers to the exit question?', 'which supplier answers on oversight should rule them out?', 'what would disqualify a hosting provider for us?']) {
      expect(analyseQuestion(q).kind, q).toBe('red-flags');
    }
  });

  it('hears a request for a short answer', () => {
    expect(analyseQuestion('cloud act tl;dr?').brief).toBe(true);
    expect(analyseQuestion('iso 42001 - what is it, one line').brief).toBe(true);
    expect(analyseQuestion('is schrems ii the reason everyone goes on about the dpf? one-liner pls').brief).toBe(true);
    expect(analyseQuestion('what is iso 42001?').brief).toBeUndefined();
    // "in one or two sentences", "in a line or two": how to put it, never the subject.
    expect(analyseQuestion('What is the US CLOUD Act, in one or two sentences?')).toMatchObject({ kind: 'definition', brief: true });
    expect(analyseQuestion("what's a dpia, in a line or two?")).toMatchObject({ kind: 'definition', brief: true });
    expect(analyseQuestion("what's a dpia, in a line or two?").core).not.toMatch(/two|line/);
    // The shape of a list's items is no request for a short answer.
    expect(analyseQuestion('list the 12 vendor qs, one line each').brief).toBeUndefined();
    // A short form that is a part of the answer or a permission sets no limit on it.
    expect(analyseQuestion('what is a dpia? can you add a one-line summary at the top for the ceo').brief).toBeUndefined();
    expect(analyseQuestion('what is a dpia? short answer first, then the detail underneath').brief).toBeUndefined();
    expect(analyseQuestion('what is a dpia? a short answer is fine too').brief).toBeUndefined();
  });

  it('reads a request to explain something as a definition of it, with nothing left over as context', () => {
    const a = analyseQuestion('Could someone explain the GDPR Article 48 rule to me in a couple of sentences?');
    expect(a.kind).toBe('definition');
    expect(a.context).toBe('');
    expect(definitionSubject('can you explain what a transfer risk assessment is for the board')).toBe('transfer risk assessment');
    // Saying they do not know a name asks what it is; saying so of a vendor or a practice does not.
    expect(definitionSubject('openmdw?? never heard of it')).toBe('openmdw');
    expect(definitionSubject('dpf - no idea what that is')).toBe('dpf');
    expect(definitionSubject('i have no idea what a tra is')).toBe('tra');
    expect(definitionSubject('never heard of a vendor doing that')).toBeUndefined();
    expect(definitionSubject("we've never heard of them before, should we sign?")).toBeUndefined();
    expect(definitionSubject('pls explain open weight to me like im 5')).toBe('open weight');
    // "explain why…" asks for a reason, not what something is.
    expect(definitionSubject('can you explain why the dpf matters')).toBeUndefined();
  });

  it('reads a tag question about the asker\'s own plan as yes or no, and a vendor\'s claim as judged', () => {
    expect(analyseQuestion("we'll just review which llm vendor we use once a year. that's fine isn't it?").kind).toBe('yes-no');
    expect(analyseQuestion("vendor says they keep logs 30 days, that's fine isn't it?").kind).toBe('judge');
  });

  it('reads the question after the shorthand is expanded', () => {
    expect(analyseQuestion('should we fine tune thru the api?').core).toContain('through');
  });
});

describe('quoted words', () => {
  it('reads lines pasted as a quote block ("> …") as one quotation, not as the asker\'s words', () => {
    const pasted = analyseQuestion('DPA annex 2:\n> Provider may retain Customer Data for as long as necessary.\n> Retention periods are set by Provider.\nok for us?');
    expect(pasted.quoted).toEqual(['Provider may retain Customer Data for as long as necessary. Retention periods are set by Provider.']);
    expect(pasted.core).not.toMatch(/Provider may retain/);
    // Double quotes inside the block do not end it; a message with no block is unchanged.
    expect(blockquotesAsQuotes('> they said "best efforts"\n> for incidents\nfine?')).toBe('"they said \'best efforts\' for incidents"\nfine?');
    expect(blockquotesAsQuotes('is 5 > 3 tokens?')).toBe('is 5 > 3 tokens?');
    // A quote block typed on one line, its quotation closed and the asker going on: the rest is the asker's own.
    expect(blockquotesAsQuotes('> "Provider may update the underlying model from time to time." legal here. ok to sign?')).toBe('"Provider may update the underlying model from time to time."\nlegal here. ok to sign?\n');
    expect(analyseQuestion('> "Provider may update the underlying model from time to time." legal here, found this in the order form. ok to sign?')).toMatchObject({ kind: 'judge', quoted: ['Provider may update the underlying model from time to time.'] });
  });

  it("keeps a word or two quoted inside the asker's own phrase as theirs, and someone else's wording as a quotation", () => {
    // A scare quote in the middle of the asker's sentence: the question is about a preview model.
    const scare = analyseQuestion("vendor says we can put their gemini 'preview' version live on our chat widget. safe to go live on that?");
    expect(scare.core).toMatch(/gemini preview version/);
    expect(scare.quoted).not.toContain('preview');
    // The vendor's wording after a verb of saying or using, or ending the clause, stays a quotation.
    expect(analyseQuestion("supplier says they'll use 'best efforts' for incident notice, good enough?").quoted).toContain('best efforts');
    expect(analyseQuestion("they keep logs 'as long as necessary'. ok?").quoted).toContain('as long as necessary');
    expect(analyseQuestion("the dpa says 'processor' but is that right?").quoted).toContain('processor');
  });

  it('reads a note typed on as background as context, never as the question or its subject', () => {
    const background = '\nfor context we spend roughly $6k/month on openai today and it keeps creeping up';
    const listed = analyseQuestion(`Name two tools for building a model abstraction layer.${background}`);
    expect(listed.core).toBe('Name two tools for building a model abstraction layer.');
    expect(listed.context).toMatch(/^for context we spend/);
    // A short question with a pronoun borrows no subject from the note.
    expect(analyseQuestion(`does openai train on what we send it?${background}`).core).toBe('does openai train on what we send it?');
    expect(analyseQuestion(`what license tho${background}`).core).not.toMatch(/spend/);
    // A background line that asks is a question like any other; a note alone is the message.
    expect(analyseQuestion('fyi is the dpf still valid?').core).toMatch(/dpf/);
    expect(analyseQuestion('for context we self-host llama 4 on our own gpus').core).toMatch(/llama 4/);
  });

  it('reads a quoted phrase a short ask points back at ("what are they?") as the subject, a judgement of quoted wording as before', () => {
    const asked = analyseQuestion("board wants the 'five things that decide open vs closed' for our strategy paper. what are they?");
    expect(asked.core).toBe('five things that decide open vs closed: what are they?');
    expect(asked.quoted).toEqual([]);
    expect(asked.kind).toBe('list');
    // "should that worry us?" judges what was quoted: the quote stays someone else's wording.
    const judged = analyseQuestion("vendor won't say which model, just 'proprietary blend'. should that worry us?");
    expect(judged.quoted).toEqual(['proprietary blend']);
    expect(judged.core).not.toMatch(/^proprietary blend:/);
  });

  it('takes what the asker leaves out ("not counting", "other than", "apart from") out of what is asked, and keeps it apart', () => {
    const families = analyseQuestion("main open weight families this year, not counting meta's?");
    expect(families.core).toBe('main open weight families this year?');
    expect(families.excluded).toEqual(["meta's"]);
    const routes = analyseQuestion('apart from the dpf what routes do we have for a us vendor');
    expect(routes.excluded).toEqual(['the dpf']);
    expect(routes.core).not.toMatch(/dpf/);
    expect(analyseQuestion('besides writing our own questionnaire, which frameworks do people use?').excluded).toEqual(['writing our own questionnaire']);
    // A choice ("rather than") and a tier ("beyond 200k tokens") leave nothing out.
    for (const q of ['should we use the api rather than self-host?', 'what does gemini 3.1 pro cost beyond 200k tokens?']) expect(analyseQuestion(q).excluded).toBeUndefined();
    // Nor does anything when nothing would be left to ask.
    expect(analyseQuestion('other than that?').excluded).toBeUndefined();
  });

  it('reads "this year" or "that week" as saying when, never as pointing back at the message around the question', () => {
    const a = analyseQuestion("our dpo is asking and i said i'd check here. main open weight families this year?");
    expect(a.core).toBe('main open weight families this year?');
    expect(a.context).toMatch(/dpo/);
    // "this" standing for what was said still points back.
    expect(analyseQuestion('vendor wants to keep our prompts for 90 days. is this ok?').core).toMatch(/90 days/);
  });
});
