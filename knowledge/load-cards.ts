import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { cardFrontMatterSchema, type CardFrontMatter } from './card-schema.ts';
import { repoPath } from './repo-path.ts';

/** Where the curated cards live. */
export const CARDS_DIR = repoPath('knowledge', 'cards');

export interface Card extends CardFrontMatter {
  /** Markdown body below the front matter. */
  body: string;
  /** Absolute path of the card file. */
  path: string;
}

export interface CardProblem {
  path: string;
  message: string;
}

export interface LoadCardsResult {
  cards: Card[];
  problems: CardProblem[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Parses one card file's text; returns the card or the list of problems with it. */
export function parseCard(path: string, text: string): { card?: Card; problems: CardProblem[] } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { problems: [{ path, message: 'missing YAML front matter (--- ... ---)' }] };
  let raw: unknown;
  try {
    raw = parseYaml(m[1] ?? '');
  } catch (err) {
    return { problems: [{ path, message: `invalid YAML front matter: ${(err as Error).message}` }] };
  }
  const parsed = cardFrontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((i) => ({ path, message: `${i.path.join('.') || '(front matter)'}: ${i.message}` })),
    };
  }
  const problems: CardProblem[] = [];
  if (parsed.data.id !== basename(path, '.md')) {
    problems.push({ path, message: `id "${parsed.data.id}" does not match the file name` });
  }
  return { card: { ...parsed.data, body: (m[2] ?? '').trim(), path }, problems };
}

/** Loads and validates every card in a directory (sorted by file name, so results are deterministic). */
export async function loadCards(dir: string = CARDS_DIR): Promise<LoadCardsResult> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
  const cards: Card[] = [];
  const problems: CardProblem[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const result = parseCard(path, await readFile(path, 'utf8'));
    if (result.card) cards.push(result.card);
    problems.push(...result.problems);
  }
  return { cards, problems };
}

const titles = new Map<string, string | undefined>();

/**
 * A card's title, read once per card file: for a synchronous path (a verdict built from the data files) that
 * cites a card without loading them all. Undefined when the card is missing or invalid (kb lint reports it).
 */
export function cardTitle(id: string, dir: string = CARDS_DIR): string | undefined {
  const path = join(dir, `${id}.md`);
  if (!titles.has(path)) titles.set(path, existsSync(path) ? parseCard(path, readFileSync(path, 'utf8')).card?.title : undefined);
  return titles.get(path);
}
