import { isStopword } from '../../knowledge/retrieval/text/stopwords.ts';

/**
 * Words that mark a message as written in another language: common function words of the languages buyers in the
 * UK and EU most often write in, none of them an English word.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [
    // Spanish
    'el los las del que y por para es cuánto cuanto cuesta qué cómo nuestro nuestra nuestros necesitamos podemos se lo al más pero tenemos hay está una entrada salida',
    // French
    'le les des du qui et pour avec est nous notre nos vous sur dans ce cette combien peut faut il elle sont aussi une',
    // German
    'der das und ist nicht wir unser unsere ein eine für mit auf den dem zu von wie was auch sind oder müssen können brauchen noch dann',
    // Dutch
    'het een niet onze ons voor met van zijn ook als nog hebben moeten kunnen wat uit vraagje naar bij dat',
    // Italian
    'il lo gli di che è non noi nostro nostra anche quanto costa della dei abbiamo possiamo',
    // Portuguese
    'os da não nós nosso nossa são também precisamos em na',
  ]
    // Words English also uses ("come", "die", "son", "con") are left out.
    .join(' ')
    .split(' ')
    .filter((w) => w && !isStopword(w)),
);

/** Foreign function words a message needs, and how many times its English stop words they must outnumber. */
const FOREIGN_WORDS = 3;
const FOREIGN_RATIO = 2;

/** The reply to a message in another language: the knowledge base and its answers are in English. */
export const ENGLISH_ONLY_TEXT = 'I can only answer in English for now. Could you ask again in English?';

/**
 * True when a message is written in another language ("¿cuánto cuesta gpt-5.2 por millón de tokens?", "als onze
 * leverancier dpf-gecertificeerd is, hebben we dan nog scc's nodig?"): at least three foreign function words, and
 * twice as many of them as English stop words. Product names and English loanwords ("tokens", "gpu") do not count.
 */
export function inOtherLanguage(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  let foreign = 0;
  let english = 0;
  for (const w of words) {
    if (FUNCTION_WORDS.has(w)) foreign += 1;
    else if (isStopword(w)) english += 1;
  }
  return foreign >= FOREIGN_WORDS && foreign >= FOREIGN_RATIO * english;
}
