/**
 * GPU / ML operations capability: none, some (a few people who can run models), or a dedicated team. The
 * strongest capability stated wins ("no ML team, but two engineers who have run vLLM" is some); denials
 * ("nobody knows GPUs", "no ML people", "we're not technical") read as none.
 */
import type { DecisionInput } from '../input.ts';
import { cue, negationStart } from './flag.ts';
import { mentionsOf, outside, settle, type Mention } from './mentions.ts';
import type { Reading } from './reading.ts';
import { wordsAt, type Prepared } from './text.ts';

type Capability = DecisionInput['gpuCapability'];

/** Kubernetes, as typed in full or as "k8s". */
const KUBERNETES = String.raw`(?:kubernetes|k8s)`;
const FIELD = String.raw`(?:ml|m\.l\.|mlops|ml ?ops|ai|gpu|machine learning|deep learning|llm|data science|data|cuda|devops|infra(?:structure)?|platform|sre)`;
/** The fields whose team is a dedicated GPU capability; an ops or data team alone is some. */
const ML_FIELD = String.raw`(?:ml|m\.l\.|mlops|ml ?ops|ai|gpu|machine learning|deep learning|llm|ml platform|ml engineering|ml infra)`;
const OPS_FIELD = String.raw`(?:data science|data|devops|infra(?:structure)?|platform|sre|cloud|ops)`;
const PEOPLE = String.raw`(?:engineers?|people|persons?|folks|guys|staff|specialists?|experts?|devs?|developers?|scientists?|researchers?|hires?|bods|nerds?|team members?|ppl|engs?|mles?)`;
const COUNT = String.raw`\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a couple of|a couple|couple of|a few|a handful of|several|an?|two or three|2-3|a dozen|dozen`;
const COUNTS: Record<string, number> = { one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, 'a couple of': 2, 'a couple': 2, 'couple of': 2, 'a few': 3, 'a handful of': 4, several: 3, 'two or three': 3, '2-3': 3, 'a dozen': 12, dozen: 12 };

/** "two ML engineers", "an MLOps person", "6 data scientists". */
const PEOPLE_COUNT = cue(String.raw`(?<n>${COUNT}) (?:experienced |senior |junior |in-house |full-time |part-time |dedicated |strong |good |decent )*${FIELD}(?:[- ]?(?:ops|platform|infra))? ${PEOPLE}`);
/** "two engineers have deployed models before": people who have run models, whatever their title. */
const HANDS_ON = cue(String.raw`(?<n>${COUNT}) (?:\w+ )?${PEOPLE} (?:who |that )?(?:have|has|who've|had|can|already)? ?(?:deployed|run|ran|served|hosted|self-hosted|fine-tuned|trained|operated|managed) (?:\w+ ){0,2}(?:models?|gpus?|llms?|ollama|vllm|inference|${KUBERNETES}|gpu clusters?)`);
/** "2 ex-SREs", "a former devops engineer": people who have run production infrastructure, some capability. */
const OPS_ROLE_COUNT = cue(String.raw`(?<n>${COUNT}) (?:ex-|former |experienced |senior )?(?:sres?|site reliability engineers?|devops engineers?|platform engineers?|infra(?:structure)? engineers?)`);
/** "2 MLEs", "three data scientists": the role says the field. */
const ROLE_COUNT = cue(String.raw`(?<n>${COUNT}) (?:mles?|mlops engineers?|data scientists?|ml researchers?)`);
/** "an ML team", "our MLOps team", "a dedicated GPU team"; a data, DevOps or platform team alone is some capability. */
const TEAM = cue(String.raw`(?<ops>${OPS_FIELD}) (?:team|group|department|squad)|${ML_FIELD}(?:[- ]?(?:ops|research))? (?:team|group|department|squad|function)|team of (?<tn>${COUNT}) ${FIELD} ${PEOPLE}`);
/** Skills or hands-on experience in general: "some GPU experience", "we've run vLLM", "a dev who knows CUDA". */
const SOME = cue(
  [
    String.raw`${FIELD} (?:skills?|experience|expertise|knowledge|know-how|capability|capacity|chops|background)`,
    String.raw`(?:we've|we have|i've|i have|who've|who have|who has|have|has|already) (?:run|deployed|hosted|served|played with|experimented with|used|tried|self-hosted) (?:\w+ )?(?:ollama|vllm|tgi|llama\.cpp|llama|mistral|hugging ?face|local models?|open[- ]weights? models?|open[- ]source models?|our own models?|models? on (?:our own )?gpus|gpus|${KUBERNETES})`,
    String.raw`(?:someone|somebody|one \w+|an? \w+|our \w+|the cto|one of (?:our|the) \w+)(?: on the team| in the team| on our team| here)?(?: who)? (?:knows|understands|has run|has deployed|has played with|can run|is into|has experience with|used to run|is good with|is comfortable with) (?:\w+ ){0,3}(?:gpus?|cuda|ollama|vllm|models|ml|${KUBERNETES}|inference|pytorch|tensorflow|hugging ?face|transformers)`,
    String.raw`(?:comfortable|familiar|experienced) (?:with|running) (?:gpus|${KUBERNETES}|models|inference|ml)`,
  ].join('|'),
);
/** Plain statements of no capability. */
const NONE = cue(
  [
    String.raw`(?:nobody|no one|no-one|noone|none of us)(?: (?:here|in-house|internally|on (?:the |our )?(?:team|staff)|in (?:the |our )?(?:team|company|office)))? (?:knows|understands|has|can|could|does|is|knows how to|has a clue about|has touched|has ever touched|has run|runs|run|operates|manages|touches|touched|does|doing|handling|running)(?: \w+){0,3} (?:gpus?|ml|machine learning|cuda|infra\w*|devops|models?|servers?|${KUBERNETES}|inference)`,
    String.raw`(?:not (?:very |that |a |at all )?technical|non-technical|nontechnical|no (?:in-house )?(?:tech|technical|dev|development|engineering|it) (?:team|people|staff|capability|skills)|no (?:developers|devs|engineers)|zero (?:ml|gpu|devops|technical|tech|it|dev|infra|infrastructure|ops|platform) \w+)`,
    String.raw`(?:nobody|no one|no-one|noone|none of us)(?: here)?(?:'s| has| have)?(?: here)? ever (?:run|touched|used|operated|managed|deployed|set up|looked after|maintained|administered|configured|built) (?:\w+ ){0,2}(?:gpus?|graphics cards?|servers?|models?|${KUBERNETES}|inference)`,
    String.raw`(?:can't|cannot|couldn't|wouldn't know how to|no idea how to|don't know how to) (?:run|manage|operate|host|maintain|look after) (?:\w+ )?(?:gpus?|graphics cards?|servers|models|infrastructure|a model|${KUBERNETES})`,
    String.raw`no (?:dedicated |in-house |internal )?${FIELD}(?: ${PEOPLE})?|no gpus?(?: at all| in-house)?|no (?:in-house |internal )?(?:developers|devs|engineers|tech people|technical staff|it staff|it people)`,
    String.raw`(?:nobody|no one|none of us)(?: here)? (?:is |are )?(?:technical|techy|tech-savvy|an engineer)`,
    String.raw`just (?:a|one|two) (?:web|junior|frontend|front-end|full[- ]stack|wordpress|no-code) (?:dev|developer|engineer)s?|no gpu people|all (?:non-technical|marketers|salespeople|lawyers|accountants|consultants)`,
  ].join('|'),
);

const RANK: Record<Capability, number> = { none: 0, some: 1, dedicated: 2 };
const countOf = (n: string | undefined) => (n === undefined ? 1 : /^\d+$/.test(n) ? Number(n) : (COUNTS[n] ?? 1));

const SIZE_AFTER = new RegExp(String.raw`^\s?\(?\s?(?:of\s)?(${COUNT})(?:\s(?:${FIELD}\s)?${PEOPLE})?\b`);

/** How many people a team mention counts, when it says: "team of 3 ML engineers", "an AI team (2 engineers)". */
function teamSize(text: string, m: RegExpExecArray): number | undefined {
  if (m.groups?.tn) return countOf(m.groups.tn);
  const n = SIZE_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30))?.[1];
  return n && !/^an?$/.test(n) ? countOf(n) : undefined;
}

export function readGpu(p: Prepared): Reading<Capability> | undefined {
  const mentions: Mention<Capability>[] = [
    ...mentionsOf(p, PEOPLE_COUNT, (m, negated) => (negated || countOf(m.groups?.n) === 0 ? 'none' : countOf(m.groups?.n) >= 4 ? 'dedicated' : 'some')),
    ...mentionsOf(p, HANDS_ON, (m, negated) => (negated ? 'none' : countOf(m.groups?.n) >= 4 ? 'dedicated' : 'some')),
    ...mentionsOf(p, ROLE_COUNT, (m, negated) => (negated ? 'none' : countOf(m.groups?.n) >= 4 ? 'dedicated' : 'some')),
    ...mentionsOf(p, OPS_ROLE_COUNT, (_m, negated) => (negated ? 'none' : 'some')),
    ...mentionsOf(p, TEAM, (m, negated) => (negated ? 'none' : m.groups?.ops ? 'some' : (teamSize(p.text, m) ?? 4) < 4 ? 'some' : 'dedicated')),
    ...mentionsOf(p, SOME, (_m, negated) => (negated ? 'none' : 'some')),
  ].sort((a, b) => a.start - b.start);
  // A skill named inside a denial ("nobody on the team has ML skills") is part of the denial, not a skill.
  const denials = mentionsOf(p, NONE, () => 'none' as const);
  const best = settle([...outside(mentions, denials), ...denials], (v) => RANK[v]);
  return best ? { value: best.value, words: wordsAt(p, negationStart(p.text, best.start), best.end) } : undefined;
}
