import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evalSetFile } from '../../knowledge/eval/sets.ts';
import { chunkCards } from '../../knowledge/chunk.ts';
import type { Catalogue } from '../../knowledge/entities/catalogue.ts';
import { coverageOf } from '../../knowledge/entities/coverage.ts';
import { loadCards, type Card } from '../../knowledge/load-cards.ts';
import { createKnowledgeBase } from '../../bot/answer/knowledge-base.ts';
import type { ExtractiveAnswerer } from '../../bot/answer/extractive.ts';
import { silentLogger } from '../../bot/logger.ts';

/** Fixture cards written for these tests (small, stable, independent of the real knowledge base). */
export const FIXTURE_CARDS = fileURLToPath(new URL('../fixtures/cards/', import.meta.url));
/** The real cards. */
export const REAL_CARDS = fileURLToPath(new URL('../../knowledge/cards/', import.meta.url));
/**
 * The word-vector cache is shared by every test run on a machine (<repo>/data/cache): converting the 300 MB
 * source takes a few seconds, once.
 */
export const SHARED_CACHE = fileURLToPath(new URL('../../data/cache/', import.meta.url));
/** The team's 30 development questions, kept in the repo as a regression set. */
export const DEV_QUESTIONS = evalSetFile('dev');

/** A scratch directory, removed by the returned cleanup. */
export async function scratch(prefix = 'kb-test-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** The extractive answerer over the real cards, its index in a scratch directory removed by the returned cleanup. */
export async function realCardsAnswerer(prefix: string): Promise<{ answerer: ExtractiveAnswerer; cleanup: () => Promise<void> }> {
  const s = await scratch(prefix);
  return { answerer: await createKnowledgeBase({ dataDir: s.dir, cacheDir: SHARED_CACHE, logger: silentLogger() }).answerer(), cleanup: s.cleanup };
}

/** A copy of the fixture cards that a test may edit. */
export async function copyFixtureCards(into: string): Promise<string> {
  const cards = join(into, 'cards');
  await cp(FIXTURE_CARDS, cards, { recursive: true });
  return cards;
}

/**
 * A scratch copy of the real cards with one real data file beside them (`cards/` and `data/<name>`), as `kb lint`
 * finds them, for a test that edits the data file.
 */
export async function realCardsWithData(prefix: string, source: string): Promise<{ cards: string; file: string; cleanup: () => Promise<void> }> {
  const { dir, cleanup } = await scratch(prefix);
  const cards = join(dir, 'cards');
  const file = join(dir, 'data', basename(source));
  await cp(REAL_CARDS, cards, { recursive: true });
  await mkdir(join(dir, 'data'));
  await cp(source, file);
  return { cards, file, cleanup };
}

/** The real cards by id and the entity catalogue built from them, as the answerer builds it. */
export async function realCatalogue(): Promise<{ cards: Map<string, Card>; catalogue: Catalogue }> {
  const loaded = (await loadCards()).cards;
  return { cards: new Map(loaded.map((c) => [c.id, c])), catalogue: coverageOf(chunkCards(loaded)).catalogue };
}
