import type { QuestionCriteria } from './types.ts';

/** Questions 7-9: model change, evaluation and bias, human oversight. */
export const OPERATIONS_CRITERIA: Record<'model-change' | 'evaluation-bias' | 'human-oversight', QuestionCriteria> = {
  'model-change': {
    strong: [/\bsnapshots?\b|\bpinn?(ed|ing)?\b[^.]{0,20}\bversion|\bversion pinning\b/i, /\bdeprecat(e|ion|ed)\b|\bretir(e|ement|ed|ing)\b|\bsunset\b/i, /\bchangelog\b|release notes/i, /\b(model|models)\b[^.]{0,40}\b(update|upgrade|change|swap|replace)|\b(update|upgrade|change|swap|replace)s?\b[^.]{0,30}\bmodels?\b/i, /"?latest"? alias|\balias\b/i],
    weak: [/\bversions?\b/i, /\bnotice\b/i, /\bmigrat\w+/i],
    good: [
      [/\b(dated|pinned|fixed|immutable|versioned)\b[^.]{0,30}\b(snapshots?|versions?|models?)|\bsnapshots?\b[^.]{0,50}\b(do not|never|won't|will not) change/i, 'dated snapshots that do not change'],
      [/\b(\d+|thirty|sixty|ninety|six|twelve|three)\s*(days?|months?)\b[^.]{0,60}\b(notice|before|prior|in advance)|\bnotice\b[^.]{0,60}\b(\d+|thirty|sixty|ninety|six|twelve|three)\s*(days?|months?)/i, 'notice before retirement'],
      [/\bretirement dates?\b|\bdeprecation (schedule|dates?|policy|page)|\b(not|never) (be )?retired? before\b/i, 'a published retirement date'],
      [/\b(test|evaluate|try|validate)\b[^.]{0,60}\b(new|next|upcoming) (version|model|snapshot)|\bstaging\b|side[- ]by[- ]side|opt[- ]in to (the )?new/i, 'you test a new version before moving'],
      [/changelog|release notes/i, 'a changelog'],
    ],
    red: [
      [/\bonly\b[^.]{0,40}\blatest\b|\blatest\b[^.]{0,30}\b(alias|version) only\b|\balways (runs?|uses?|serves?) the latest\b/i, 'only a "latest" alias'],
      [/\b(without|no) (prior |advance )?notice\b|\bsilently\b/i, 'models swapped without notice'],
      [/\b(may|can|reserve the right to)\b[^.]{0,40}\b(update|change|replace|swap|modify|upgrade)\b[^.]{0,50}\bat any time\b|\bcontinuous(ly)? (update|upgrade|swap|chang)\w*\b[^.]{0,40}\bmodels?\b|\bno (fixed|pinned|stable|specific) (model )?version\b|\b(cannot|can't) (pin|choose|select|stay on) (a |an |the )?(model )?version/i, 'the model can change at any time'],
    ],
    concern: [],
  },
  'evaluation-bias': {
    strong: [/\bbias(es|ed)?\b|\bfairness\b/i, /\bevaluat(e|es|ion|ions|ed)\b/i, /\bbenchmark(s|ed|ing)?\b/i, /NIST|AI 600-1|AI RMF/i, /\b(demographic|protected (groups?|characteristics))\b/i],
    weak: [/\baccura(te|cy)\b/i, /\btest(s|ed|ing)?\b/i],
    good: [
      [/NIST|600-1|AI RMF/i, 'evaluations mapped to NIST AI 600-1'],
      [/\b(demographic|gender|ethnic\w*|age|protected|groups?|dialects?|languages?)\b[^.]{0,60}\b(test|evaluat|measur|parity|disparit|error rate)|\b(test|evaluat|measur)\w*\b[^.]{0,60}\b(demographic|gender|ethnic|protected|groups)/i, 'specific bias testing with groups and methods'],
      [/\b(you|customers?|clients?)\b[^.]{0,20}\b(may|can|are (welcome|permitted|free|allowed) to|have (written )?permission to)\b[^.]{0,40}\b(test|evaluat|benchmark|red[- ]team)/i, 'permission to run your own evaluations'],
      [/\b(each|every|new) (model )?(version|release|update)\b[^.]{0,50}\b(evaluat|test|re-?run)|\b(re-?run|repeat)\w*\b[^.]{0,50}\b(evaluat|test)/i, 'evaluations repeated for each version'],
      [/\b(methodology|method|datasets?|results|published report|evaluation report)\b/i, 'methods and results described'],
    ],
    red: [
      [/\b(prohibit|forbid|not (permitted|allowed)|may not|must not|restrict)\w*\b[^.]{0,60}\b(benchmark|test|evaluat)/i, 'customers forbidden from testing or benchmarking'],
      [/\b(have not|haven't|do not|don't|never|not)\b[^.]{0,30}\b(test|evaluat|assess|audit)\w*\b[^.]{0,30}\bbias/i, 'no bias testing'],
      [/\b(industry[- ]leading|best[- ]in[- ]class|state[- ]of[- ]the[- ]art)\b/i, 'marketing benchmarks only'],
    ],
    concern: [],
  },
  'human-oversight': {
    // The vendor's own abuse-monitoring logs (a retention statement) are not the customer's audit logs.
    strong: [/\b(logs?|logging)\b(?![^.]*\b(abuse|misuse|fraud) monitoring)|\baudit (trail|log)s?\b/i, /\bhuman (review|oversight|in the loop|approval)|human[- ]in[- ]the[- ]loop|\boverrid(e|den|ing)\b/i, /\b(review|approve|correct|edit|reject)\b[^.]{0,40}\b(before|outputs?|suggestions?|drafts?)/i, /\bfully automated\b/i],
    weak: [/\boversight\b/i, /\breviewers?\b/i],
    good: [
      [/\bexport\w*\b[^.]{0,50}\blogs?\b|\blogs?\b[^.]{0,50}\bexport|\b(JSON|CSV|JSONL|SIEM|syslog)\b/i, 'logs you can export in a standard format'],
      [/\b([6-9]|1[0-9]|2[0-9]|3[0-9]|six|nine|twelve|eighteen|twenty-four)\s*months?\b|\b(\d+|one|two|three|seven)\s*years?\b|\b(18[0-9]|19[0-9]|[2-9]\d\d|\d{4,})\s*days\b|\bas long as you (choose|like|want)|\bconfigurable retention|\byour own (storage|bucket|SIEM)/i, 'logs kept at least six months'],
      [/\b(human|reviewer|person|user|agent|staff|operator)s?\b[^.]{0,60}\b(review|approve|override|correct|edit|reject)|human[- ]in[- ]the[- ]loop/i, 'a point where a person reviews or overrides'],
      [/\b(inputs?|prompts?)\b[^.]{0,40}\boutputs?\b[^.]{0,60}\b(model )?versions?/i, 'logs of inputs, outputs and model versions'],
    ],
    red: [
      [/\bno (log|logging|audit log|log export)\b|\blogs?\b[^.]{0,80}\b(not|cannot|can't) (be )?(export|download)|\b(do not|don't)\b[^.]{0,20}\b(provide|offer)\b[^.]{0,20}\blogs?/i, 'no log export'],
      [/\blogs?\b[^.]{0,60}\b([1-9]|[1-8]\d|9[0-9]|1[0-7]\d|seven|fourteen|thirty|sixty|ninety)\s*days\b(?![^.]*\b(extend|longer|configur|export|your own)\w*)/i, 'logs kept less than six months with no option to extend'],
      [/\bfully automated\b(?![^.]*\b(review|override|approv)\w*)|\bno (human )?(review|override)\b/i, 'fully automated with no review or override point'],
    ],
    concern: [],
  },
};
