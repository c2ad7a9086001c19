import { CARDS_DIR, loadCards } from '../knowledge/load-cards.ts';

/** Same shape as bot/turn.ts Citation (workflows/ must not import bot/). */
export interface WorkflowCitation {
  n: number;
  id: string;
  title: string;
  url: string | null;
}

export interface CardRef {
  id: string;
  title: string;
  url: string | null;
}

export type CardIndex = Map<string, CardRef>;

const cache = new Map<string, Promise<CardIndex>>();

/** Card id -> title and first source URL, loaded once per directory. Invalid cards are skipped (kb lint reports them). */
export function loadCardIndex(dir: string = CARDS_DIR): Promise<CardIndex> {
  let p = cache.get(dir);
  if (!p) {
    p = loadCards(dir).then(({ cards }) => new Map(cards.map((c) => [c.id, { id: c.id, title: c.title, url: c.sources[0]?.url ?? null }])));
    // A failed load must not be cached forever.
    p.catch(() => cache.delete(dir));
    cache.set(dir, p);
  }
  return p;
}

/** Numbers the distinct card ids in order of first use; an id with no card keeps its id as title. */
export function toCitations(ids: string[], index: CardIndex): WorkflowCitation[] {
  const distinct = [...new Set(ids)];
  return distinct.map((id, i) => {
    const card = index.get(id);
    return { n: i + 1, id, title: card?.title ?? id, url: card?.url ?? null };
  });
}
