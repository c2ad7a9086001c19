/**
 * A light English stemmer: plurals, -ed/-ing, a few derivational suffixes, British spellings folded to American.
 * It only has to map a query word and a card word to the same key, so it favours consistency over linguistics
 * (for example "price", "prices", "priced" and "pricing" all become "pric").
 */

/** British -> American spellings that a suffix rule cannot reach. */
const SPELLING: Record<string, string> = {
  licence: 'license', licences: 'licenses', licenced: 'licensed', licencing: 'licensing',
  practise: 'practice', practised: 'practiced', defence: 'defense', offence: 'offense',
  behaviour: 'behavior', behaviours: 'behaviors', labour: 'labor', favour: 'favor', honour: 'honor', colour: 'color',
  programme: 'program', programmes: 'programs', centre: 'center', centres: 'centers', catalogue: 'catalog',
  grey: 'gray', analyse: 'analyze', analysed: 'analyzed', analysing: 'analyzing',
};

/** Everyday words for a card's word, read as it: a "bot" a company puts in front of customers is a chatbot. */
const SAME_AS: Record<string, string> = { bot: 'chatbot', bots: 'chatbots' };

/** Suffix rewrites tried in order; the first that leaves a stem of at least 3 letters wins. */
const SUFFIXES: [string, string][] = [
  ['isations', 'ize'], ['izations', 'ize'], ['isation', 'ize'], ['ization', 'ize'],
  ['ational', 'ate'], ['ations', 'ate'], ['ation', 'ate'],
  ['ability', 'able'], ['ibility', 'ible'],
  ['ising', 'ize'], ['ised', 'ize'], ['ises', 'ize'], ['ise', 'ize'],
  ['fulness', 'ful'], ['ness', ''], ['ments', ''], ['ment', ''],
  ['ingly', ''], ['edly', ''], ['ings', ''], ['ing', ''], ['ed', ''],
];

const VOWEL = /[aeiouy]/;

/** Plurals of acronyms ending in "u" or "i", where "-us" and "-is" usually mark a singular ("status", "basis"). */
const ACRONYM_PLURALS: ReadonlySet<string> = new Set(['gpus', 'cpus', 'tpus', 'npus', 'apis', 'kpis']);

/**
 * Stems already worked out. A process stems the same few thousand words over and over (every card passage is read
 * at start-up, every question after), so each word's rules run once; the bound keeps a flood of made-up words from
 * growing it without end.
 */
const STEMS = new Map<string, string>();
const STEMS_KEPT = 50_000;

/** Stems one lower-case word. Words with digits and very short words are returned unchanged. */
export function stem(input: string): string {
  let known = STEMS.get(input);
  if (known === undefined) {
    if (STEMS.size >= STEMS_KEPT) STEMS.clear();
    known = stemWord(input);
    STEMS.set(input, known);
  }
  return known;
}

function stemWord(input: string): string {
  let w = SAME_AS[input] ?? SPELLING[input] ?? input;
  // A plural of a model or GPU name ("h100s", "a10gs", "l4s") is the name.
  if (/^[a-z]+\d+[a-z]?s$/.test(w)) return w.slice(0, -1);
  if (w.length <= 3 || /\d/.test(w)) return w;
  // Acronyms in the plural, which the -us/-is guard below would keep whole ("gpus", "apis").
  if (ACRONYM_PLURALS.has(w)) return w.slice(0, -1);

  // Plurals.
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w) && w.length > 3) w = w.slice(0, -1);

  // Adverbs.
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);

  for (const [suffix, replacement] of SUFFIXES) {
    if (!w.endsWith(suffix)) continue;
    const base = w.slice(0, -suffix.length);
    // -ing/-ed only come off when what remains still has a vowel ("sing", "bed" stay whole).
    if (base.length >= 3 && VOWEL.test(base)) {
      w = base + replacement;
      break;
    }
  }

  // policy/policies -> polici; but day/days keep their y.
  if (w.length > 3 && /[^aeiou]y$/.test(w)) w = `${w.slice(0, -1)}i`;
  // price/priced/pricing -> pric.
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  // running -> run, modelling -> model; "ss" stays (process, access).
  if (w.length > 3 && /([^aeiouys])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}
