import type { Chunk } from '../chunk.ts';
import { stripMarkers } from '../claims/claims.ts';
import { Catalogue } from './catalogue.ts';
import { normalizeName } from './normalize.ts';

/** What the knowledge base covers: its catalogue, and every card's text normalised for whole-token look-ups. */
export interface Coverage {
  catalogue: Catalogue;
  /** True when the normalised form (" article 48 ", " a 10 g ") occurs anywhere in the cards. */
  mentioned(form: string): boolean;
}

const cache = new WeakMap<Chunk[], Coverage>();

/** The coverage of a set of chunks, built once per index generation. */
export function coverageOf(chunks: Chunk[]): Coverage {
  let c = cache.get(chunks);
  if (!c) {
    // What the cards say, not the aliases and questions searched with them: "Samba Nova" as an alias does not
    // make "nova" something the cards talk about.
    const text = normalizeName(chunks.map((k) => `${k.title} ${stripMarkers(k.text)}`).join(' '));
    const mentioned = (form: string) => text.includes(form);
    c = { catalogue: new Catalogue(chunks, mentioned), mentioned };
    cache.set(chunks, c);
  }
  return c;
}
