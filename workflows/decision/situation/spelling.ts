import distance from 'damerau-levenshtein';

/**
 * Spelling slips in the words the extractors look for ("prototpying", "sensitve", "biometirc", "resdency") are
 * put right before matching. Only near-misses of these words are touched, and only safely: a dropped, doubled or
 * swapped letter at any length, a wrong letter only in long words, never the first letter, so "wealth" does not
 * become "health" and "brand" does not become "grand".
 */
const WORDS = `
prototype prototypes prototyping prototyped production pilot piloting experimenting experiment
sensitive personal special category categories biometric biometrics criminal convictions offences medical patient patients
health healthcare clinical genetic diagnosis diagnoses records customer customers employee employees confidential internal
proprietary anonymised anonymized pseudonymised residency sovereign sovereignty autonomy strategic government
defence defense council councils public sector tender tenders contract contracts regulated regulator regulation
engineer engineers engineering scientist scientists learning machine nobody anyone anything nothing someone
fine-tune fine-tuning finetune finetuning weights reasoning frontier predictable unpredictable steady stable seasonal
spiky variable fluctuates fluctuating consistent monthly month months annually annual yearly quarterly weekly thousand
pounds dollars euros budget spend spending self-host self-hosting self-hosted hosting launched dedicated experience
`;

/** Real words one slip away from a vocabulary word: never "corrected" ("contact details" are not contracts). */
const REAL_WORDS = new Set(['patent', 'patents', 'contact', 'contacts', 'employer', 'employers', 'medial', 'steadily', 'publicly', 'personnel', 'sensible', 'personally', 'customs']);

const VOCABULARY = new Set(WORDS.split(/\s+/).filter((w) => w.length >= 5));
const BY_FIRST = new Map<string, string[]>();
for (const w of VOCABULARY) BY_FIRST.set(w[0]!, [...(BY_FIRST.get(w[0]!) ?? []), w]);

/**
 * One slip apart (the damerau-levenshtein package's distance): a dropped, doubled or swapped letter, or a wrong
 * letter when `substitutions` allows it. Two words of one length one step apart differ in one place (a wrong
 * letter) or in two neighbouring places (a swap).
 */
function withinOne(a: string, b: string, substitutions: boolean): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const steps = distance(a, b).steps;
  if (steps > 1) return false;
  if (steps === 0 || a.length !== b.length || substitutions) return true;
  return [...a].filter((c, i) => c !== b[i]).length === 2;
}

/** The vocabulary word a slip was meant to be, or the word unchanged. */
export function correctSpelling(word: string): string {
  if (word.length < 5 || VOCABULARY.has(word) || REAL_WORDS.has(word)) return word;
  for (const candidate of BY_FIRST.get(word[0]!) ?? []) {
    if (withinOne(word, candidate, word.length >= 8)) return candidate;
  }
  return word;
}
