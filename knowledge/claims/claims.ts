import { markdownParagraphs, splitSentences } from './sentences.ts';

/**
 * A card sentence cites the page that states it with a Markdown footnote-style marker naming one of the card's
 * sources: "Claude Opus 4.6 costs $5 per million input tokens.[^opus-46]". A marker covers the sentence it closes
 * and the unmarked sentences before it in the same paragraph, so a paragraph drawn from one page needs one marker
 * at its end.
 */
export const SOURCE_MARKER = /\[\^([a-z0-9][a-z0-9-]*)\]/g;

/** One sentence of a card as the answerer quotes it, with the keys of the sources that state it. */
export interface Claim {
  text: string;
  /** Source keys (the card's `sources[].id`); empty when the paragraph carries no marker. */
  sources: string[];
}

/** Text without source markers, and without the space a marker left before punctuation. */
export function stripMarkers(text: string): string {
  return text.replace(SOURCE_MARKER, '').replace(/\s+([.,;:!?])/g, '$1').replace(/[ \t]{2,}/g, ' ').trim();
}

function markersOf(text: string): string[] {
  return [...new Set([...text.matchAll(SOURCE_MARKER)].map((m) => m[1] ?? ''))].filter(Boolean);
}

/**
 * The sentences of a Markdown section (or a card summary), each with the sources it cites. A sentence without a
 * marker takes the next marked sentence's sources in its paragraph, or failing that the previous one's.
 */
export function markdownClaims(markdown: string): Claim[] {
  const out: Claim[] = [];
  for (const p of markdownParagraphs(markdown)) {
    const raw = p.table ? [p.text] : splitSentences(p.text);
    const claims = raw.map((s) => ({ text: stripMarkers(s), sources: markersOf(s) }));
    for (let i = claims.length - 1, next: string[] = []; i >= 0; i -= 1) {
      const c = claims[i] as Claim;
      if (c.sources.length) next = c.sources;
      else c.sources = next;
    }
    for (let i = 0, prev: string[] = []; i < claims.length; i += 1) {
      const c = claims[i] as Claim;
      if (c.sources.length) prev = c.sources;
      else c.sources = prev;
    }
    out.push(...claims.filter((c) => /[A-Za-z0-9]/.test(c.text)));
  }
  return out;
}

/**
 * Openings that lean on the sentence before ("The same price…", "This means…", "It costs…"): a quoted sentence
 * must stand alone, because the answerer picks sentences from anywhere in a card.
 */
export const LEANING_OPENING = /^(the same|this|these|those|that|it|its|they|their|therefore|thus|hence|so|also|however|but|and|then|such|the (first|second|latter|former) (option|one)|the latter|the former|here|in (this|that) case|as (above|mentioned)|the (firm|company|team|business|calculation|result|outcome)|other sources|[\w-]+ also|(for|in|at) (that|this) (firm|company|business|worked case))\b/i;

/** A phrase inside a sentence that points back at the one before: "therefore", "US orders of that kind", "as noted above". */
export const LEANING_PHRASE = /\b(therefore|thus|hence|of (that|this) kind|the (former|latter)|(mentioned|described|noted|listed) (above|earlier)|as (noted|mentioned|described) (above|earlier|before)|such an agreement|much the same|(in|within|inside) (that|this) (range|band|bracket)|(that|this) (figure|amount|sum|number)|(that|this|these|those) (separate|same|other|further|extra|additional|earlier|previous) [a-z]+|(this|that|the) (card|page)\b(?! (?:issuer|payment|scheme)))\b/i;

/**
 * "Also", "too" or "as well" in a sentence's first clause adds to something said before it ("The Qwen License also
 * requires…", "Check as well whether…"); after a comma or a joining word it adds to the sentence's own first part
 * ("…, because OpenAI is also a US company"), and "as well as" joins two things.
 */
export const LEANING_ADDITION = /^(?:(?!\b(?:because|while|though|although|but|so|which|whereas|where|when|if|unless)\b)[^,;:])*?\b(?:also|too(?=\s*(?:[,.;:!?]|$))|as well(?!\s+as))\b/i;

/** A sentence that leans on the one before it, by its opening, a phrase pointing back, or an addition to it. */
export function leansOnPrevious(sentence: string): boolean {
  return LEANING_OPENING.test(sentence) || LEANING_PHRASE.test(sentence) || LEANING_ADDITION.test(sentence);
}

/** A card's prose (summary and body) as the sentences it states, each with the sources it cites. */
export function proseClaims(card: { summary: string; body: string }): Claim[] {
  return markdownClaims(`${card.summary}\n\n${card.body}`);
}
