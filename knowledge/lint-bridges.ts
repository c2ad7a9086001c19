import { readFileSync } from 'node:fs';
import type { Card } from './load-cards.ts';
import { bridgesSchema } from './retrieval/text/bridges.ts';
import { terms } from './retrieval/text/tokenize.ts';
import { stripMarkers } from './claims/claims.ts';
import { chunkCard, chunkEmbedText } from './chunk.ts';
import { expandShorthand } from '../bot/answer/question.ts';

export interface BridgeIssue {
  level: 'error';
  rule: 'bridge';
  message: string;
}

/** A one-word phrase may bridge only a word this few passages use (or none): "snooping", "banned". */
const SINGLE_WORD_PASSAGES = 2;

/** A text's words, lower case and single-spaced, for finding a phrase in it. */
const flat = (text: string) => ` ${text.toLowerCase().replace(/[^a-z0-9%$£€]+/g, ' ').trim()} `;

/**
 * The bridges file can only send a search to words the cards use: each `means` occurs in some card's indexed text,
 * each `says` phrase has index terms (not stop words alone, and more than one unless the one is rare in the cards or
 * the bridge is a one-word synonym) and appears in one bridge only.
 */
export function lintBridges(path: string, cards: Card[]): BridgeIssue[] {
  const issue = (message: string): BridgeIssue => ({ level: 'error', rule: 'bridge', message });
  let file;
  try {
    file = bridgesSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (err) {
    return [issue((err as Error).message)];
  }
  // What the search indexes (each chunk's title, headings, keywords and text) and the verdicts answers lead with.
  const texts = cards.map((c) => flat([...chunkCard(c).map((k) => chunkEmbedText(k)), ...c.verdicts.flatMap((v) => [v.question, v.verdict])].map(stripMarkers).join('\n')));
  const passages = cards.flatMap((c) => chunkCard(c).map((k) => new Set(terms(chunkEmbedText(k)))));
  const passagesWith = (term: string) => passages.filter((p) => p.has(term)).length;
  const issues: BridgeIssue[] = [];
  const seen = new Map<string, number>();
  file.bridges.forEach((b, i) => {
    if (!texts.some((t) => t.includes(flat(b.means)))) issues.push(issue(`bridges[${i}]: no card uses "${b.means}"`));
    for (const s of b.says) {
      const own = terms(s);
      if (!own.length) issues.push(issue(`bridges[${i}]: "${s}" has only stop words`));
      // One word the cards use widely ("test" of "for testing only") would bridge every question that uses it.
      // A phrase of several words needs several index terms: "dev only" is just "dev", "who runs it" just "run".
      else if (own.length === 1 && /\s/.test(s.trim())) issues.push(issue(`bridges[${i}]: "${s}" keeps one index term, "${own[0]}"; say more`));
      // A synonym bridges one word to one word ("supplier" / "vendor"), however widely the cards use it.
      else if (b.synonym && (terms(b.means).length !== 1 || /\s/.test(s.trim()))) issues.push(issue(`bridges[${i}]: a synonym bridges one word to one word, not "${s}" to "${b.means}"`));
      else if (!b.synonym && own.length === 1 && passagesWith(own[0] ?? '') > SINGLE_WORD_PASSAGES) issues.push(issue(`bridges[${i}]: "${s}" is one word the cards use in ${passagesWith(own[0] ?? '')} passages; say more`));
      // A question is read with its shorthand spelt out ("info" is "information", "prod" "production") before any
      // bridge is crossed: a phrase keeping a word the reading replaces can never match.
      const asRead = expandShorthand(s);
      const read = new Set(terms(asRead));
      const lost = own.filter((t) => !read.has(t));
      if (lost.length) issues.push(issue(`bridges[${i}]: "${s}" is read as "${asRead}" in a question, so "${lost.join('", "')}" never matches; write it so`));
      const key = terms(s).join(' ');
      const other = seen.get(key);
      if (other !== undefined && other !== i) issues.push(issue(`bridges[${i}]: "${s}" is also said in bridges[${other}]`));
      seen.set(key, i);
    }
  });
  return issues;
}
