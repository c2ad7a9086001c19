import type { Chunk } from '../chunk.ts';
import { stripMarkers } from '../claims/claims.ts';
import { Catalogue } from './catalogue.ts';
import { terms } from '../retrieval/text/tokenize.ts';
import { normalizeName } from './normalize.ts';

/** What the knowledge base covers: its catalogue, and every card's text normalised for whole-token look-ups. */
export interface Coverage {
  catalogue: Catalogue;
  /** True when the normalised form (" article 48 ", " a 10 g ") occurs anywhere in the cards. */
  mentioned(form: string): boolean;
  /** The cards whose text holds any of the normalised forms. */
  cardsMentioning(forms: string[]): string[];
  /** True when the card's text uses the index term (a stem: "memori" for "memory"). */
  cardUses(cardId: string, term: string): boolean;
}

const cache = new WeakMap<Chunk[], Coverage>();

/** A name opening on a letter that is also a model size's unit ("b 100" of "B100"; the cards write "72B 100 million"). */
const SIZE_LETTER_LEAD = /^ [bmk] \d/;

/** True when every place `form` stands in `text` follows a figure: the letter is a size's unit there, not the name. */
function sizeSuffixOnly(text: string, form: string): boolean {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) if (!/\d/.test(text.charAt(at - 1))) return false;
  return true;
}

/** The coverage of a set of chunks, built once per index generation. */
export function coverageOf(chunks: Chunk[]): Coverage {
  let c = cache.get(chunks);
  if (!c) {
    // What the cards say, not the aliases and questions searched with them: "Samba Nova" as an alias does not
    // make "nova" something the cards talk about.
    // Each passage is normalised once: the whole text and each card's are joined from the same pieces.
    const pieces = chunks.map((k) => normalizeName(`${k.title} ${stripMarkers(k.text)}`).trim());
    const text = ` ${pieces.filter(Boolean).join(' ')} `;
    const mentioned = (form: string) => (SIZE_LETTER_LEAD.test(form) ? !sizeSuffixOnly(text, form) : text.includes(form));
    const byCard = new Map<string, string>();
    const termsByCard = new Map<string, Set<string>>();
    chunks.forEach((k, i) => byCard.set(k.cardId, `${byCard.get(k.cardId) ?? ''} ${pieces[i]} `));
    c = {
      catalogue: new Catalogue(chunks, mentioned),
      mentioned,
      cardsMentioning: (forms) => [...byCard].flatMap(([id, t]) => (forms.some((f) => t.includes(f)) ? [id] : [])),
      cardUses: (cardId, term) => {
        let used = termsByCard.get(cardId);
        if (!used) termsByCard.set(cardId, (used = new Set(terms(byCard.get(cardId) ?? ''))));
        return used.has(term);
      },
    };
    cache.set(chunks, c);
  }
  return c;
}
