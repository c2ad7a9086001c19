import type { Card } from './load-cards.ts';
import { leansOnPrevious, markdownClaims, SOURCE_MARKER } from './claims/claims.ts';
import { normalizeName } from './entities/normalize.ts';

interface ClaimIssue {
  level: 'error' | 'warning';
  rule: 'source-marker' | 'leaning-opening' | 'entity' | 'entity-clash';
  message: string;
}

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

/**
 * Per-claim citation and stand-alone sentences: every `[^key]` names one of the card's sources; every sentence
 * resolves to a source; no sentence leans on the one before, by its opening ("This", "The same", "It"...), by a
 * phrase pointing back ("orders of that kind", "as noted above") or by an addition ("The Qwen License also requires…").
 */
export function lintClaims(card: Card): ClaimIssue[] {
  const issues: ClaimIssue[] = [];
  const ids = card.sources.map((s) => s.id).filter((id): id is string => Boolean(id));
  const known = new Set(ids);
  if (known.size !== ids.length) issues.push({ level: 'error', rule: 'source-marker', message: 'two sources share an id' });
  const text = `${card.summary}\n\n${card.body}\n\n${card.verdicts.map((v) => v.verdict).join('\n\n')}`;
  for (const m of text.matchAll(SOURCE_MARKER)) {
    if (!known.has(m[1] ?? '')) issues.push({ level: 'error', rule: 'source-marker', message: `[^${m[1]}] names no source of this card (give the source an id: ${m[1]})` });
  }
  // A card with a single source needs no markers: every sentence cites it.
  const needsMarkers = card.sources.length > 1;
  for (const claim of markdownClaims(text)) {
    if (needsMarkers && !claim.sources.length) issues.push({ level: 'error', rule: 'source-marker', message: `no source marker for "${short(claim.text)}"` });
    if (leansOnPrevious(claim.text)) issues.push({ level: 'error', rule: 'leaning-opening', message: `sentence leans on the one before: "${short(claim.text)}"` });
  }
  return issues;
}

/**
 * The entity catalogue stays true: each entry's name or an alias appears in its card, and one alias never names
 * two different things across cards.
 */
export function lintEntities(cards: Card[]): (ClaimIssue & { path: string; cardId: string })[] {
  const issues: (ClaimIssue & { path: string; cardId: string })[] = [];
  const owner = new Map<string, { name: string; card: string }>();
  for (const c of cards) {
    const haystack = normalizeName(`${c.title} ${c.summary} ${c.body} ${c.questions.join(' ')}`);
    for (const e of c.entities) {
      const forms = [e.name, ...e.aliases];
      if (!forms.some((f) => haystack.includes(normalizeName(f)))) {
        issues.push({ level: 'error', rule: 'entity', path: c.path, cardId: c.id, message: `catalogue entry "${e.name}" appears nowhere in the card` });
      }
      for (const f of forms) {
        const key = normalizeName(f);
        const prev = owner.get(key);
        if (prev && normalizeName(prev.name) !== normalizeName(e.name)) {
          issues.push({ level: 'error', rule: 'entity-clash', path: c.path, cardId: c.id, message: `"${f}" names "${e.name}" here and "${prev.name}" in ${prev.card}` });
        } else if (!prev) owner.set(key, { name: e.name, card: c.id });
      }
    }
  }
  return issues;
}
