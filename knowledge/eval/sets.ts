import { join } from 'node:path';
import { repoPath } from '../repo-path.ts';

/**
 * The evaluation sets in the repository (see sets/README.md). `tune` and `check` are the two halves of one set, split
 * once; `dev` is the team's earlier 30 questions, kept as a regression set;
 * `fresh` is a later development set of 80, written from the cards after tuning began; `blind-tune` and
 * `blind-check` are two halves of 110 questions written from the cards alone by someone who had not read the
 * answering code (split once by kind); only the tune half's misses are printed, the check half stays held out.
 * `blind2` is a second blind set of 90, written the same way later the same day and never tuned on (figures only).
 * `blind3-tune` and `blind3-check` are a third blind set of 160 written the same way in a later session, split once
 * (seed 20261201): the tune half's failures are shown, the check half is figures only. `blind4-tune` and
 * `blind4-check` are a fourth (140, seed 20261202), weighted to comparisons, pasted vendor text, should-we with the
 * asker's situation, sideways definitions and figures buried in a card. `blind5-tune` and `blind5-check` are a fifth (150, seed
 * 20261203), written in a third session with everyday words for the cards' concepts and every card labelled. `blind6` (120) was
 * written the same way later in that session, weighted to multi-sentence channel messages; never tuned on, figures only.
 * `blind7-tune` and `blind7-check` are a seventh (200, seed 20261204), written in a fourth session with half the questions in
 * a non-specialist's words and most off-topic questions shaped like business questions (office IT, tax, payroll).
 * `blind8-tune` and `blind8-check` are an eighth (160, seed 20261205) from the same session, weighted to lists, should-we,
 * red flags and vendor questions, a third of them asking two things at once. `blind9` (120) was written in a fifth session the same
 * way, across every kind, with business-shaped off-topic questions and nine injection disguises; never tuned on, figures only.
 * `blind10` (120) was written in a sixth session the same way, weighted to should-we, definition, vendor, list and red-flag
 * questions; never tuned on, figures only. `blind11` (120) was written in a seventh session the same way, across every kind;
 * never tuned on, figures only. `blind12-tune` and `blind12-check` are a twelfth (160, seed 20261206), written in an eighth
 * session the same way across every kind, half of it in a non-specialist's words; the tune half's failures are shown.
 * `blind13-tune` and `blind13-check` are a thirteenth (160, seed 20261207), written in a ninth session the same way.
 * `blind14-tune` and `blind14-check` are a fourteenth (160, seed 20261208), written in a tenth session the same way,
 * weighted to should-we, red flags, vendor questions and definitions. `guard-tune` and `guard-check` (160, seed 20261209)
 * are weighted to what must be declined: 60 injections, 45 off-topic messages (most shaped like work questions or using
 * the domain's words in another sense) and 55 real questions that look like either. `blind15-tune` and `blind15-check`
 * are a fifteenth (160, seed 20261210), written in an eleventh session the same way across every kind. `blind16-tune`
 * and `blind16-check` are a sixteenth (160, seed 20261211), written in a twelfth session the same way. `blind17-tune` and
 * `blind17-check` are a seventeenth (160, seed 20261212), written in a thirteenth session the same way. `blind18-tune` and
 * `blind18-check` are an eighteenth (160, seed 20261213), written in a fourteenth session the same way. `blind19-tune` and
 * `blind19-check` are a nineteenth (160, seed 20261214), written in a fifteenth session the same way. `blind20-tune` and
 * `blind20-check` are a twentieth (160, seed 20261215), written in a sixteenth session the same way. `blind21-tune` and
 * `blind21-check` are a twenty-first (160, seed 20261216), written in a seventeenth session the same way.
 * `guard2-tune` and `guard2-check` (160, seed 20261217) are a second set weighted to what must be declined, written in an
 * eighteenth session by a writer who never read the guard's code or the earlier sets: 80 injections in 22 disguises, 30
 * off-topic messages using the domain's words in another sense, and 50 real questions that look like either.
 * `blind22-tune` and `blind22-check` are a twenty-second (160, seed 20261218), written in a nineteenth session the same
 * way as blind21. `blind23-tune` and `blind23-check` are a twenty-third (160, seed 20261219), written in a twentieth
 * session the same way, and `blind24-tune` and `blind24-check` a twenty-fourth (160, seed 20261220), written in a
 * twenty-first. `blind25-tune` and `blind25-check` are a twenty-fifth (160, seed 20261221), written in a twenty-second, and
 * `blind26-tune` and `blind26-check` a twenty-sixth (160, seed 20261222), written in a twenty-third.
 * `guard3-tune` and `guard3-check` are a third guard set (160: 80 injections, 30 off-topic, 50 look-alikes; seed
 * 20261223), written in the twenty-third session. `blind27-tune` and `blind27-check` are a twenty-seventh (160, seed
 * 20261224), written in a twenty-fourth session the same way as blind26. `blind28-tune` and `blind28-check` are a
 * twenty-eighth (160, seed 20261225), written in a twenty-fifth session the same way, and `blind29-tune` and
 * `blind29-check` a twenty-ninth (160, seed 20261226), written in a twenty-sixth, weighted to questions wrapped in chat.
 * `blind30-tune` and `blind30-check` are a thirtieth (160, seed 20261228), written in a twenty-seventh, weighted to
 * questions asking one thing and expecting a short answer. `blind31-tune` and `blind31-check` are a thirty-first (160,
 * seed 20261229), written in a twenty-eighth, weighted to messy messages with the asker's situation around the ask.
 * `blind32-tune` and `blind32-check` are a thirty-second (160, seed 20261230), written in a twenty-ninth the same way,
 * with more two-part asks, yes/no questions whose honest answer is no or "it depends", and colleagues' wording.
 * `blind33-tune` and `blind33-check` are a thirty-third (160, seed 20261231), written in a thirtieth the same way,
 * weighted to messages typed fast on a phone: typos, abbreviations, pasted vendor sentences, loose wording.
 * `blind34-tune` and `blind34-check` are a thirty-fourth (160, seed 20270101), written in a thirty-first the same way,
 * weighted to the three kinds of people who use the bot (procurement, legal and privacy, leadership and finance), each
 * asking in their own role's words about a decision in front of them.
 * `blind35-tune` and `blind35-check` are a thirty-fifth (160, seed 20270102), written in a thirty-second the same way,
 * weighted to newcomers asking in plain words, writers whose first language is not English, and asks buried in a
 * pasted email, meeting note, vendor reply or contract clause.
 * `blind36-tune` and `blind36-check` are a thirty-sixth (160, seed 20270103), written in a thirty-third the same way,
 * weighted to decisions that rest on the asker's own numbers and situation, asked from several roles, with thread
 * follow-ups that change one number or one condition.
 * `blind37-tune` and `blind37-check` are a thirty-seventh (160, seed 20270104), written in a thirty-fourth the same way,
 * weighted to people checking something they heard or read (a colleague, a vendor, a headline) and wanting a straight
 * answer back, half of the claims they quote wrong or half right.
 * `blind38-tune` and `blind38-check` are a thirty-eighth (160, seed 20270105), written in a thirty-fifth the same way,
 * weighted to asks whose answer joins two facts, often from two cards, and asks narrowed by a qualifier that picks one
 * fact out of a card holding many.
 * `blind39-tune` and `blind39-check` are a thirty-ninth (160, seed 20270106), written in a thirty-sixth the same way,
 * weighted to the casual register of a busy channel: slang and interjections, idioms, an audience or format asked
 * for, deadlines and asides tacked on, emoji, typos and run-on messages.
 * `blind40-tune` and `blind40-check` are a fortieth (160, seed 20270107), written in a thirty-seventh the same way,
 * weighted to replies in a thread: follow-ups leaning on the asker's previous message, corrections and narrowings of
 * it, and lines pasted from an earlier answer (80 of its 160 lines carry `after`).
 * `blind41-tune` and `blind41-check` are a forty-first (160, seed 20270108), written in a thirty-eighth the same way,
 * weighted to how leadership and legal ask in a decision meeting: short yes/no and should-we asks with no question
 * word, asks for two or three facts at once, and decisions framed with the asker's own numbers (50 lines carry `after`).
 * `blind42-tune` and `blind42-check` are a forty-second (160, seed 20270109), written in a thirty-ninth the same way,
 * weighted to asks from people in named sectors and roles (a hospital, a bank, a council, a retailer, a law firm, a
 * university, an insurer, a startup), each with its sector's data, a jurisdiction and budgets in several currencies.
 * `blind43-tune` and `blind43-check` are a forty-third (160, seed 20270110), written in a fortieth the same way, weighted
 * to asks with a condition, an exclusion or a negation ("not counting GPUs", "other than DPF", "we're NOT in the EU")
 * and to short replies mid-thread (40 lines carry `after`). `blind44-tune` and `blind44-check` are a forty-fourth (160,
 * seed 20270111), written in a forty-first the same way, weighted to two asks in one message ("what's the dpf and do we
 * still need sccs?"), to asks for a next step ("who do we need to talk to") and to real context around the ask.
 * `blind45-tune` and `blind45-check` are a forty-fifth (160, seed 20270112), written in a forty-second the same way,
 * weighted to asks wanting a short, direct answer typed by a busy person, and to asks whose honest answer is "no",
 * "only if" or "the knowledge base does not say". `blind46-tune` and `blind46-check` are a forty-sixth (160, seed
 * 20270113), written in a forty-third the same way, weighted to the kinds asked most and answered worst: should-we asks
 * carrying the asker's situation, casual definitions, lists and red flags, half of them long with real context.
 * `blind47-tune` and `blind47-check` are a forty-seventh (160, seed 20270114), written in a forty-fourth the same way,
 * weighted to comparisons, prices and numbers on the asker's own figures, yes/no asks whose honest answer is "no" or
 * "it depends", and people who are not specialists asking in their own words; ten near misses name a product the cards
 * do not hold beside a vendor they do. `blind48-tune` and `blind48-check` are a forty-eighth (160, seed 20270115),
 * written in a forty-fifth the same way, weighted to judged asks needing a verdict first (a pasted clause, "dealbreaker?"),
 * lists asked for in so many words, asks the asker's own situation decides, and short follow-ups. `blind49-tune` and
 * `blind49-check` are a forty-ninth (160, seed 20270116), written in a forty-sixth the same way, weighted to answers the
 * asker's own figures decide with the verdict first, comparisons of two named things with a qualifier, and one or two
 * lines of real-life context before the ask. `blind50-tune` and `blind50-check` are a fiftieth (160, seed 20270117),
 * written in a forty-seventh the same way, weighted to yes/no asks about a vendor's terms or a law, sums from two or
 * more of the asker's figures, the asker's own currency or jurisdiction, and messages asking two things at once.
 * `blind51-tune` and `blind51-check` are a fifty-first (160, seed 20270118), written in a forty-eighth the same way,
 * weighted to follow-ups changing one fact of the message before, choices between two named options, sums from the
 * asker's own figures, pasted vendor sentences judged, and messages with a few sentences of the asker's situation.
 * `blind52-tune` and `blind52-check` are a fifty-second (160, seed 20270119), written in a forty-ninth the same way,
 * weighted to forwarded or pasted messages (legal's email, a vendor's reply, a clause) with the asker's question about
 * them, typing as people type, dates and deadlines, and sums from the asker's own figures.
 * `blind53-tune` and `blind53-check` are a fifty-third (160, seed 20270120), written in a fiftieth the same way,
 * weighted to the asker's situation against a threshold the cards give, messages asking two or three things, sums of
 * several steps from the asker's figures, checklists asked for, and the voices of a CFO, a DPO, a CTO or a founder.
 * `blind54-tune` and `blind54-check` are a fifty-fourth (160, seed 20270121), written in a fifty-first the same way,
 * weighted to false or outdated premises the answer must correct, non-native English and half-remembered names,
 * choices asking which to pick, and "how do we…" process questions.
 * `blind55-tune` and `blind55-check` are a fifty-fifth (160, seed 20270122), written in a fifty-second the same way,
 * weighted to negated, tag and reversed-polarity asks ("we don't need a DPIA for this, do we?"), catches and downsides,
 * "how do we…" process questions and loosely typed choices between options.
 * `blind56-tune` and `blind56-check` are a fifty-sixth (160, seed 20270123), written in a fifty-third the same way,
 * weighted to false premises the answer must correct, should-we and choices carrying the asker's situation, downsides
 * ("any reason not to…") and two asks in one message, the second elliptical.
 * `blind57-tune` and `blind57-check` are a fifty-seventh (160, seed 20270124), written in a fifty-fourth the same way,
 * weighted to the asker's situation deciding the answer, red flags and good answers in everyday words, lists asked
 * with a filter ("which … are …") and follow-ups carrying a premise or a figure from the message before.
 * `blind58-tune` and `blind58-check` are a fifty-eighth (160, seed 20270125), written in a fifty-fifth the same way,
 * weighted to the kinds answered worst: should-we with the asker's situation and spend in nine currencies, red flags
 * and good answers (pasted vendor wording), lists with a filter and scenarios the asker's figures decide.
 * `blind59-tune` and `blind59-check` are a fifty-ninth (160, seed 20270126), written in a fifty-sixth the same way,
 * weighted to should-we with the asker's situation (spends typed eight ways), definitions and comparisons asked with
 * context, yes/no with context and short follow-ups leaning on the message before.
 * `blind60-tune` and `blind60-check` are a sixtieth (160, seed 20270127), written in a fifty-seventh the same way,
 * weighted to vendor questions in everyday words, should-we with the asker's situation, scenarios the asker's figures
 * decide and red flags in pasted vendor or contract wording.
 * `blind61-tune` and `blind61-check` are a sixty-first (160, seed 20270128), written in a fifty-eighth the same way,
 * weighted to should-we with the asker's situation, vendor questions in everyday words, red flags in pasted wording,
 * yes/no carrying a premise to check (some outdated) and lists with a filter.
 */
export const EVAL_SETS = {
  tune: { file: 'answers-tune.jsonl', showFailures: true },
  check: { file: 'answers-check.jsonl', showFailures: false },
  dev: { file: 'dev.jsonl', showFailures: true },
  fresh: { file: 'fresh.jsonl', showFailures: true },
  'blind-tune': { file: 'blind-tune.jsonl', showFailures: true },
  'blind-check': { file: 'blind-check.jsonl', showFailures: false },
  blind2: { file: 'blind2.jsonl', showFailures: false },
  'blind3-tune': { file: 'blind3-tune.jsonl', showFailures: true },
  'blind3-check': { file: 'blind3-check.jsonl', showFailures: false },
  'blind4-tune': { file: 'blind4-tune.jsonl', showFailures: true },
  'blind4-check': { file: 'blind4-check.jsonl', showFailures: false },
  'blind5-tune': { file: 'blind5-tune.jsonl', showFailures: true },
  'blind5-check': { file: 'blind5-check.jsonl', showFailures: false },
  blind6: { file: 'blind6.jsonl', showFailures: false },
  'blind7-tune': { file: 'blind7-tune.jsonl', showFailures: true },
  'blind7-check': { file: 'blind7-check.jsonl', showFailures: false },
  'blind8-tune': { file: 'blind8-tune.jsonl', showFailures: true },
  'blind8-check': { file: 'blind8-check.jsonl', showFailures: false },
  blind9: { file: 'blind9.jsonl', showFailures: false },
  blind10: { file: 'blind10.jsonl', showFailures: false },
  blind11: { file: 'blind11.jsonl', showFailures: false },
  'blind12-tune': { file: 'blind12-tune.jsonl', showFailures: true },
  'blind12-check': { file: 'blind12-check.jsonl', showFailures: false },
  'blind13-tune': { file: 'blind13-tune.jsonl', showFailures: true },
  'blind13-check': { file: 'blind13-check.jsonl', showFailures: false },
  'blind14-tune': { file: 'blind14-tune.jsonl', showFailures: true },
  'blind14-check': { file: 'blind14-check.jsonl', showFailures: false },
  'blind15-tune': { file: 'blind15-tune.jsonl', showFailures: true },
  'blind15-check': { file: 'blind15-check.jsonl', showFailures: false },
  'blind16-tune': { file: 'blind16-tune.jsonl', showFailures: true },
  'blind16-check': { file: 'blind16-check.jsonl', showFailures: false },
  'blind17-tune': { file: 'blind17-tune.jsonl', showFailures: true },
  'blind17-check': { file: 'blind17-check.jsonl', showFailures: false },
  'blind18-tune': { file: 'blind18-tune.jsonl', showFailures: true },
  'blind18-check': { file: 'blind18-check.jsonl', showFailures: false },
  'blind19-tune': { file: 'blind19-tune.jsonl', showFailures: true },
  'blind19-check': { file: 'blind19-check.jsonl', showFailures: false },
  'blind20-tune': { file: 'blind20-tune.jsonl', showFailures: true },
  'blind20-check': { file: 'blind20-check.jsonl', showFailures: false },
  'blind21-tune': { file: 'blind21-tune.jsonl', showFailures: true },
  'blind21-check': { file: 'blind21-check.jsonl', showFailures: false },
  'blind22-tune': { file: 'blind22-tune.jsonl', showFailures: true },
  'blind22-check': { file: 'blind22-check.jsonl', showFailures: false },
  'blind23-tune': { file: 'blind23-tune.jsonl', showFailures: true },
  'blind23-check': { file: 'blind23-check.jsonl', showFailures: false },
  'blind24-tune': { file: 'blind24-tune.jsonl', showFailures: true },
  'blind24-check': { file: 'blind24-check.jsonl', showFailures: false },
  'blind25-tune': { file: 'blind25-tune.jsonl', showFailures: true },
  'blind25-check': { file: 'blind25-check.jsonl', showFailures: false },
  'blind26-tune': { file: 'blind26-tune.jsonl', showFailures: true },
  'blind26-check': { file: 'blind26-check.jsonl', showFailures: false },
  'blind27-tune': { file: 'blind27-tune.jsonl', showFailures: true },
  'blind27-check': { file: 'blind27-check.jsonl', showFailures: false },
  'blind28-tune': { file: 'blind28-tune.jsonl', showFailures: true },
  'blind28-check': { file: 'blind28-check.jsonl', showFailures: false },
  'blind29-tune': { file: 'blind29-tune.jsonl', showFailures: true },
  'blind29-check': { file: 'blind29-check.jsonl', showFailures: false },
  'blind30-tune': { file: 'blind30-tune.jsonl', showFailures: true },
  'blind30-check': { file: 'blind30-check.jsonl', showFailures: false },
  'blind31-tune': { file: 'blind31-tune.jsonl', showFailures: true },
  'blind31-check': { file: 'blind31-check.jsonl', showFailures: false },
  'blind32-tune': { file: 'blind32-tune.jsonl', showFailures: true },
  'blind32-check': { file: 'blind32-check.jsonl', showFailures: false },
  'blind33-tune': { file: 'blind33-tune.jsonl', showFailures: true },
  'blind33-check': { file: 'blind33-check.jsonl', showFailures: false },
  'blind34-tune': { file: 'blind34-tune.jsonl', showFailures: true },
  'blind34-check': { file: 'blind34-check.jsonl', showFailures: false },
  'blind35-tune': { file: 'blind35-tune.jsonl', showFailures: true },
  'blind35-check': { file: 'blind35-check.jsonl', showFailures: false },
  'blind36-tune': { file: 'blind36-tune.jsonl', showFailures: true },
  'blind36-check': { file: 'blind36-check.jsonl', showFailures: false },
  'blind37-tune': { file: 'blind37-tune.jsonl', showFailures: true },
  'blind37-check': { file: 'blind37-check.jsonl', showFailures: false },
  'blind38-tune': { file: 'blind38-tune.jsonl', showFailures: true },
  'blind38-check': { file: 'blind38-check.jsonl', showFailures: false },
  'blind39-tune': { file: 'blind39-tune.jsonl', showFailures: true },
  'blind39-check': { file: 'blind39-check.jsonl', showFailures: false },
  'blind40-tune': { file: 'blind40-tune.jsonl', showFailures: true },
  'blind40-check': { file: 'blind40-check.jsonl', showFailures: false },
  'blind41-tune': { file: 'blind41-tune.jsonl', showFailures: true },
  'blind41-check': { file: 'blind41-check.jsonl', showFailures: false },
  'blind42-tune': { file: 'blind42-tune.jsonl', showFailures: true },
  'blind42-check': { file: 'blind42-check.jsonl', showFailures: false },
  'blind43-tune': { file: 'blind43-tune.jsonl', showFailures: true },
  'blind43-check': { file: 'blind43-check.jsonl', showFailures: false },
  'blind44-tune': { file: 'blind44-tune.jsonl', showFailures: true },
  'blind44-check': { file: 'blind44-check.jsonl', showFailures: false },
  'blind45-tune': { file: 'blind45-tune.jsonl', showFailures: true },
  'blind45-check': { file: 'blind45-check.jsonl', showFailures: false },
  'blind46-tune': { file: 'blind46-tune.jsonl', showFailures: true },
  'blind46-check': { file: 'blind46-check.jsonl', showFailures: false },
  'blind47-tune': { file: 'blind47-tune.jsonl', showFailures: true },
  'blind47-check': { file: 'blind47-check.jsonl', showFailures: false },
  'blind48-tune': { file: 'blind48-tune.jsonl', showFailures: true },
  'blind48-check': { file: 'blind48-check.jsonl', showFailures: false },
  'blind49-tune': { file: 'blind49-tune.jsonl', showFailures: true },
  'blind49-check': { file: 'blind49-check.jsonl', showFailures: false },
  'blind50-tune': { file: 'blind50-tune.jsonl', showFailures: true },
  'blind50-check': { file: 'blind50-check.jsonl', showFailures: false },
  'blind51-tune': { file: 'blind51-tune.jsonl', showFailures: true },
  'blind51-check': { file: 'blind51-check.jsonl', showFailures: false },
  'blind52-tune': { file: 'blind52-tune.jsonl', showFailures: true },
  'blind52-check': { file: 'blind52-check.jsonl', showFailures: false },
  'blind53-tune': { file: 'blind53-tune.jsonl', showFailures: true },
  'blind53-check': { file: 'blind53-check.jsonl', showFailures: false },
  'blind54-tune': { file: 'blind54-tune.jsonl', showFailures: true },
  'blind54-check': { file: 'blind54-check.jsonl', showFailures: false },
  'blind55-tune': { file: 'blind55-tune.jsonl', showFailures: true },
  'blind55-check': { file: 'blind55-check.jsonl', showFailures: false },
  'blind56-tune': { file: 'blind56-tune.jsonl', showFailures: true },
  'blind56-check': { file: 'blind56-check.jsonl', showFailures: false },
  'blind57-tune': { file: 'blind57-tune.jsonl', showFailures: true },
  'blind57-check': { file: 'blind57-check.jsonl', showFailures: false },
  'blind58-tune': { file: 'blind58-tune.jsonl', showFailures: true },
  'blind58-check': { file: 'blind58-check.jsonl', showFailures: false },
  'blind59-tune': { file: 'blind59-tune.jsonl', showFailures: true },
  'blind59-check': { file: 'blind59-check.jsonl', showFailures: false },
  'blind60-tune': { file: 'blind60-tune.jsonl', showFailures: true },
  'blind60-check': { file: 'blind60-check.jsonl', showFailures: false },
  'blind61-tune': { file: 'blind61-tune.jsonl', showFailures: true },
  'blind61-check': { file: 'blind61-check.jsonl', showFailures: false },
  'guard-tune': { file: 'guard-tune.jsonl', showFailures: true },
  'guard-check': { file: 'guard-check.jsonl', showFailures: false },
  'guard2-tune': { file: 'guard2-tune.jsonl', showFailures: true },
  'guard2-check': { file: 'guard2-check.jsonl', showFailures: false },
  'guard3-tune': { file: 'guard3-tune.jsonl', showFailures: true },
  'guard3-check': { file: 'guard3-check.jsonl', showFailures: false },
} as const;
export type EvalSetName = keyof typeof EVAL_SETS;
export const EVAL_SET_NAMES = Object.keys(EVAL_SETS) as EvalSetName[];
/** What `kb eval --set` accepts: one set, or all of them in the order above. */
export const EVAL_SET_CHOICES = [...EVAL_SET_NAMES, 'all'] as const;
export type EvalSetChoice = (typeof EVAL_SET_CHOICES)[number];

/** The directory holding the set files. */
export const EVAL_SETS_DIR = repoPath('knowledge', 'eval', 'sets');

/** The absolute path of a set's file. */
export function evalSetFile(name: EvalSetName): string {
  return join(EVAL_SETS_DIR, EVAL_SETS[name].file);
}

/** The sets a `--set` choice names. */
export function evalSetsFor(choice: EvalSetChoice): EvalSetName[] {
  return choice === 'all' ? EVAL_SET_NAMES : [choice];
}

/**
 * Whether a report may list the ids of failed questions. The check half prints figures only, so nobody tunes the
 * engine to its questions (`showFailures: false`).
 */
export function showsFailures(name: EvalSetName): boolean {
  return EVAL_SETS[name].showFailures;
}

/**
 * The sets the learned parts (the guard's injection model, the card model) are trained on: every set whose failures
 * may be read, the tune halves. The check halves stay a fair test of them.
 */
export const TRAINING_SETS: EvalSetName[] = EVAL_SET_NAMES.filter(showsFailures);
