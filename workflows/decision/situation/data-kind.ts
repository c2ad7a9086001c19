/**
 * The most sensitive data the model will see. The most sensitive kind mentioned wins a contradiction (telling
 * us about health records and "nothing sensitive" means health records); a negated mention only says what the
 * data is not: "nothing sensitive" or "no personal data" reads as internal, "not health data" alone reads nothing.
 */
import type { DecisionInput } from '../input.ts';
import { mentionsOf, settle, type Mention } from './mentions.ts';
import type { Reading } from './reading.ts';
import { wordsAt, type Prepared } from './text.ts';

type Kind = DecisionInput['dataClassification'];

const SPECIAL = String.raw`special[- ]category|sensitive personal|health(?:care)?|medical|patients?|radiology|scans|x-rays?|mri|pathology|blood tests?|lab results|medications?|treatments?|symptoms|care notes|nursing notes|gp (?:practice|surgery|records|notes)|(?:patient|medical|clinical|gp) consultations|clinical|clinics?|diagnos\w*|mental health|therapy|therapists?|prescriptions?|gp records|nhs (?:patient|health)|care records|biometrics?|fingerprints?|face ?(?:recognition|scans?|prints?)|facial|voice ?prints?|genetic|dna|genomic|ethnic\w*|racial|race|religio\w*|sexual orientation|sex life|sexuality|trade union\w*|political (?:opinions?|views|affiliation)|criminal|convictions?|offences?|offenses?|dbs checks?|disabilit\w*|art(?:icle)?\.? ?9|safeguarding`;
// Data about the people a firm serves, with what it is about between the two words: "client financial data",
// "customer account details", "patient" aside (special category above).
const ABOUT_PERSON = String.raw`(?:full|financial|account|payment|banking|credit|contact|policy|claims?|case|support|chat|call|transaction|investment|portfolio|tax|kyc|onboarding|billing|order|loan|mortgage|pension|insurance) `;
const PERSONAL = String.raw`personal (?:data|info\w*|details)|(?:customer|client|user|member|student|pupil|children|child|kids|employee|staff|policyholder|tenant|resident|citizen|applicant|subscriber|borrower)(?:s|'s|s')? ${ABOUT_PERSON}?(?:names|details|data|records|info\w*|files|emails|e-mails|addresses|profiles|accounts|phone numbers|contact details|complaints|cases|case files|histories)|names(?: and| &| \+|,) ?(?:dobs?|dates? of birth|addresses|e-?mails|phone numbers)|dobs?|(?:tax|payroll|salary|bank|credit) (?:data|returns|records|histories|files)|pii|personally identifiable|customer (?:data|records?|details|info\w*|names|emails|conversations|messages|chats|calls|pii)|client (?:data|records?|details|info\w*|files)|user data|names ?(?:and|&|\+|,) ?(?:e-?mails|addresses|phone numbers)|e-?mail addresses|home addresses|phone numbers|contact details|dates? of birth|national insurance|passports?|cvs?|r[eé]sum[eé]s|job applica\w*|hr (?:data|records|files)|employee (?:data|records|files)|staff (?:data|records)|payroll|salar(?:y|ies) data|bank statements|account (?:data|details)|transactions?|call recordings|pseudonymi[sz]ed|gdpr|data subjects?|tenants?' (?:data|details)|student (?:data|records)|pupil (?:data|records)|\bsensitive (?:data|info\w*|stuff|material)|(?:highly|quite|very) sensitive`;
// "Proprietary" says whose data it is, unless it describes a model or product ("a proprietary blend of models",
// "proprietary ai") or is a vendor's one word quoted ("won't name the model, just 'proprietary'"), where it means closed.
const INTERNAL = String.raw`internal (?:\w+ )?(?:data|docs?|documents?|documentation|knowledge|wiki|policies|info\w*|reports?|stuff|content)|company (?:data|docs?|documents?|policies|wiki)|confidential|(?<!['"‘“])proprietary(?!['"’”]|\s(?:\w+ )?(?:models?|ai|llms?|apis?|blend|software|tech\w*|vendors?|systems?|tools?|solutions?|platforms?|weights|stack|licen[cs]es?|closed))|source code|codebase|our code|knowledge base|wiki|business data|sales data|financial reports|product docs|anonymi[sz]ed|aggregated|de-identified|non[- ]?personal`;
const PUBLIC = String.raw`published (?:\w+ )?(?:material|content|data|papers|reports|articles|docs)|product catalog(?:ue)?s?|public (?:\w+ )?(?:data|info\w*|documents?|content|web|websites?|records|sources|applications|filings|datasets?|leaflets|brochures|guidance|notices)|publicly available|published (?:data|papers|content|reports)|open data|marketing (?:copy|content|emails|material)|blog (?:posts?|content)|website (?:copy|content)|press releases|product descriptions|public[- ]facing content`;
/** Negated, these say the data is not regulated: "nothing sensitive", "no personal data", "no pii". */
const GENERIC_SENSITIVE = String.raw`sensitive|personal|pii|personally identifiable|confidential|regulated|private`;

/** "data is internal", "data's all public", "Data: personal". */
const DATA_IS = /(?<![\w-])(?:(?:data|docs|documents|content|information|info|reports|files|records|material|materials)(?:'s|s| is| are|:| -)? ?(?:all |purely |mostly |strictly |only |entirely )?|\(\s?)(public|internal|personal|confidential|proprietary|special[- ]category)(?![\w-])/g;
const DATA_IS_KIND: Record<string, Kind> = { public: 'public', internal: 'internal', confidential: 'internal', proprietary: 'internal', personal: 'personal', 'special-category': 'special-category', 'special category': 'special-category' };

const RANK: Record<Kind, number> = { public: 0, internal: 1, personal: 2, 'special-category': 3 };

const cue = (body: string) => new RegExp(String.raw`(?<![\w-])(?:${body})(?![\w-])`, 'g');
const PATTERNS: [Kind, RegExp][] = [
  ['special-category', cue(SPECIAL)],
  ['personal', cue(PERSONAL)],
  ['internal', cue(INTERNAL)],
  ['public', cue(PUBLIC)],
];
const NEGATED_GENERIC = cue(GENERIC_SENSITIVE);
/** "price-sensitive", "latency sensitive", "time-sensitive" are not about data. */
const NOT_DATA = /(price|cost|latency|time|speed|performance|quality|context|public|environmental|occupational)[- ]$/;

export function readDataKind(p: Prepared): Reading<Kind> | undefined {
  const positive: Mention<Kind>[] = [];
  for (const [kind, re] of PATTERNS) {
    positive.push(...mentionsOf(p, re, (m, negated) => (negated || NOT_DATA.test(p.text.slice(Math.max(0, m.index - 12), m.index)) ? undefined : kind)));
  }
  positive.push(...mentionsOf(p, DATA_IS, (m, negated) => (negated ? undefined : DATA_IS_KIND[m[1] ?? ''])));
  const best = settle(positive, (k) => RANK[k]);
  if (best) return { value: best.value, words: wordsAt(p, best.start, best.end) };
  // Only negations: "nothing sensitive", "no personal data", "we don't touch anything confidential".
  const denial = mentionsOf(p, NEGATED_GENERIC, (_m, negated) => (negated ? ('internal' as const) : undefined), 5)[0];
  if (!denial) return undefined;
  const from = Math.max(0, p.text.lastIndexOf(' ', Math.max(0, denial.start - 2)) + 1);
  return { value: 'internal', words: wordsAt(p, Math.min(from, denial.start), denial.end).replace(/^[^\p{L}]+/u, ''), note: 'no sensitive data, so taken as internal' };
}
