import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { terms } from './tokenize.ts';
import { repoPath } from '../../repo-path.ts';

/** Everyday words buyers type for the cards' concepts, and the cards' own words for them. */
export const BRIDGES_PATH = repoPath('knowledge', 'data', 'bridges.json');

export const bridgesSchema = z.object({
  $comment: z.string().optional(),
  bridges: z
    .array(
      z.object({
        /** What a buyer types: "self certify", "tell customers it's a bot". */
        says: z.array(z.string().min(1)).min(1),
        /** The cards' own words for it: "self-attestation", "transparency obligation". */
        means: z.string().min(1),
        /**
         * One word that means exactly one other in this domain ("supplier" / "vendor"): a bridge of single words the
         * cards use widely, which `kb lint` allows only when both sides are one word.
         */
        synonym: z.literal(true).optional(),
      }),
    )
    .min(1),
});
export type BridgeFile = z.infer<typeof bridgesSchema>;

/** A phrase a question may contain, as index terms, and the card terms it stands for. */
interface Bridge {
  says: string[];
  /** The cards' words as written, and as index terms. */
  phrase: string;
  means: string[];
}

/** The bridges a question crosses: the card terms it stands for, and which of its own terms each covers. */
export interface Crossing {
  /** The cards' words to search for as well, as written, each once. */
  means: string[];
  /** For a question term inside a bridged phrase, the card terms that stand for it. */
  stands: Map<string, string[]>;
}

/**
 * Reads a question in the cards' words where it uses everyday ones: "they self certify" finds the passages on
 * self-attestation, "tell customers it's a bot" those on the transparency obligation. A phrase matches when its
 * index terms occur in a row among the question's (stop words and word forms do not matter; two terms in either order).
 */
export class Bridges {
  private readonly bridges: Bridge[];
  private last?: { text: string; filler?: ReadonlySet<string>; crossing: Crossing };

  constructor(file: BridgeFile) {
    this.bridges = file.bridges.flatMap((b) => {
      const means = [...new Set(terms(b.means))];
      return b.says.map((s) => ({ says: terms(s).map(person), phrase: b.means, means })).filter((x) => x.says.length > 0 && x.means.length > 0);
    });
  }

  /**
   * The bridges the text crosses. `filler` are index terms that may stand between a phrase's words without breaking
   * it ("where our data actually lives" crosses "where our data lives").
   */
  cross(text: string, filler?: ReadonlySet<string>): Crossing {
    // The answerer asks for one question's crossing twice (to search, then to compose): keep the last one.
    if (this.last?.text === text && this.last.filler === filler) return this.last.crossing;
    const crossing = this.crossing(text, filler);
    this.last = { text, filler, crossing };
    return crossing;
  }

  private crossing(text: string, filler?: ReadonlySet<string>): Crossing {
    const own = terms(text);
    const all = own.map(person);
    // The asker's own words for whoever the phrase's person is.
    const people = own.filter((t) => person(t) === PERSON);
    const kept = filler ? all.filter((t) => !filler.has(t)) : all;
    const means = new Set<string>();
    const stands = new Map<string, string[]>();
    for (const b of this.bridges) {
      // A phrase of two terms matches in either order: "image understanding" is "understands images".
      const forms = b.says.length === 2 ? [b.says, [...b.says].reverse()] : [b.says];
      if (!forms.some((f) => containsRun(all, f) || (kept !== all && containsRun(kept, f)))) continue;
      // A phrase in the cards' words already ("training data") needs no bridge.
      if (b.says.every((t) => b.means.includes(t))) continue;
      means.add(b.phrase);
      for (const t of b.says.flatMap((t) => (t === PERSON ? people : [t]))) stands.set(t, [...new Set([...(stands.get(t) ?? []), ...b.means])]);
    }
    return { means: [...means], stands };
  }
}

/**
 * Words for whoever does something ("someone", "staff", "a person", "a human") stand for one another in a phrase:
 * "staff can keep an eye on it" crosses "someone keeps an eye".
 */
const PERSON_TERMS: ReadonlySet<string> = new Set(terms('someone somebody person persons people human humans staff employee employees colleague colleagues'));
const PERSON = '\u0000person';
const person = (t: string) => (PERSON_TERMS.has(t) ? PERSON : t);

/** True when `run` occurs in `seq` as consecutive items. */
function containsRun(seq: string[], run: string[]): boolean {
  outer: for (let i = 0; i + run.length <= seq.length; i += 1) {
    for (let j = 0; j < run.length; j += 1) if (seq[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

let loaded: Bridges | undefined;

/** The repository's bridges (knowledge/data/bridges.json), read once. */
export function bridges(): Bridges {
  loaded ??= new Bridges(bridgesSchema.parse(JSON.parse(readFileSync(BRIDGES_PATH, 'utf8'))));
  return loaded;
}
