import { createHash } from 'node:crypto';
import type { CardEntity, CardFrontMatter, CardSource } from './card-schema.ts';
import type { Card } from './load-cards.ts';
import { stripMarkers } from './claims/claims.ts';

/** A retrievable piece of a card: its summary, or the text under one heading. */
export interface Chunk {
  /** Stable id: `<card id>#summary` or `<card id>#<heading-path-slug>`; unchanged while the heading is. */
  id: string;
  cardId: string;
  /** The card's title. */
  title: string;
  /** Headings from the top of the card down to this section; `["Summary"]` for the summary chunk. */
  headingPath: string[];
  kind: 'summary' | 'section';
  /** The section's Markdown text, without its heading line; sentences may carry `[^source]` markers. */
  text: string;
  /**
   * Searched with the chunk but never quoted: on the summary chunk, the card's catalogue names and aliases and the
   * questions people ask it, so "dpf" or "is llama ok for a product" finds the card.
   */
  keywords?: string;
  /** On the summary chunk: the card's entity catalogue (what it covers, by name and alias). */
  entities?: CardEntity[];
  /** On the summary chunk: the card's yes/no and choice verdicts. */
  verdicts?: CardFrontMatter['verdicts'];
  sources: CardSource[];
  /** Hash of what gets embedded (see chunkEmbedText); a changed hash means a changed vector. */
  hash: string;
}

/** Sections longer than this are split at paragraph breaks so one chunk stays one topic. */
const MAX_CHUNK_CHARS = 1400;

/** The text a chunk is embedded and indexed with: its card title and heading path give it context. */
export function chunkEmbedText(chunk: Pick<Chunk, 'title' | 'headingPath' | 'text' | 'keywords'>): string {
  return `${chunk.title}. ${chunk.headingPath.join(' > ')}. ${chunk.keywords ? `${chunk.keywords}. ` : ''}${stripMarkers(chunk.text)}`;
}

/** The summary chunk's keywords: catalogue names, aliases and the card's questions. */
function cardKeywords(card: Card): string | undefined {
  // People name a vendor question by its number: "q5", "question 5".
  const numbered = card.checklist ? [`Q${card.checklist.order}`, `question ${card.checklist.order}`, card.checklist.id] : [];
  const words = [...card.entities.flatMap((e) => [e.name, ...e.aliases]), ...numbered, ...card.questions];
  return words.length ? words.join('; ') : undefined;
}

/** The heading path as one line, e.g. "Costs > GPU rental". */
export function headingLabel(chunk: Pick<Chunk, 'headingPath'>): string {
  return chunk.headingPath.join(' > ');
}

function slug(parts: string[]): string {
  const s = parts
    .join('--')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{3,}/g, '--')
    .replace(/^-+|-+$/g, '');
  return s || 'intro';
}

function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function splitLong(text: string): string[] {
  if (text.length <= MAX_CHUNK_CHARS) return [text];
  const pieces: string[] = [];
  let current = '';
  for (const para of text.split(/\n\s*\n/)) {
    if (current && current.length + para.length > MAX_CHUNK_CHARS) {
      pieces.push(current.trim());
      current = '';
    }
    current += `${para}\n\n`;
  }
  if (current.trim()) pieces.push(current.trim());
  return pieces;
}

/**
 * Splits a card into chunks: one for the summary, then one per heading section (body text before the first
 * heading is an "Overview" section). Headings inside fenced code blocks are not headings.
 */
export function chunkCard(card: Card): Chunk[] {
  const raw: { headingPath: string[]; kind: Chunk['kind']; text: string }[] = [
    { headingPath: ['Summary'], kind: 'summary', text: card.summary.trim() },
  ];
  const stack: { level: number; title: string }[] = [];
  let lines: string[] = [];
  let inFence = false;
  const flush = () => {
    const text = lines.join('\n').trim();
    lines = [];
    if (!text) return;
    const headingPath = stack.length ? stack.map((h) => h.title) : ['Overview'];
    for (const piece of splitLong(text)) raw.push({ headingPath, kind: 'section', text: piece });
  };
  for (const line of card.body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading) {
      lines.push(line);
      continue;
    }
    flush();
    const level = heading[1]?.length ?? 1;
    while (stack.length && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
    stack.push({ level, title: (heading[2] ?? '').trim() });
  }
  flush();

  const seen = new Map<string, number>();
  return raw.map((r) => {
    const base = `${card.id}#${r.kind === 'summary' ? 'summary' : slug(r.headingPath)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const id = n === 1 ? base : `${base}-${n}`;
    const keywords = r.kind === 'summary' ? cardKeywords(card) : undefined;
    const summaryOnly = r.kind === 'summary' ? { ...(keywords ? { keywords } : {}), ...(card.entities.length ? { entities: card.entities } : {}), ...(card.verdicts.length ? { verdicts: card.verdicts } : {}) } : {};
    const chunk = { id, cardId: card.id, title: card.title, headingPath: r.headingPath, kind: r.kind, text: r.text, sources: card.sources, ...summaryOnly };
    return { ...chunk, hash: contentHash(chunkEmbedText(chunk)) };
  });
}

/** Chunks every card, in card order. */
export function chunkCards(cards: Card[]): Chunk[] {
  return cards.flatMap(chunkCard);
}
