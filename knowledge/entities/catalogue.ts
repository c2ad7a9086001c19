import type { Chunk } from '../chunk.ts';
import type { CardEntity } from '../card-schema.ts';
import { normalizeName } from './normalize.ts';

/** One thing the knowledge base covers, with every form it is written in and the cards that hold it. */
export interface CatalogueEntry {
  name: string;
  kind: CardEntity['kind'];
  /** Normalised forms (name and aliases), padded with spaces: " claude sonnet 4.5 ". */
  forms: string[];
  cards: string[];
}

/** A named thing found in a question. */
export interface Mention {
  /** As the asker wrote it, e.g. "sonnet 4.6". */
  text: string;
  /** Normalised, e.g. " claude sonnet 4.6 ". */
  form: string;
  /** The catalogue entry, when the knowledge base covers it. */
  entry?: CatalogueEntry;
  /** For an uncovered versioned model: the covered entries of the same family, nearest first. */
  closest: CatalogueEntry[];
}

const VERSION = /^\d+(\.\d+)*$|^\d+x\d+[a-z]?$/;
/** What follows a figure that makes it an amount: "4 k" (from "4k"), "4 000" (from "4,000"), "2 bn". */
const AMOUNT_AFTER = /^(?:k|m|mn|bn|\d{3})$/;
/** Words after a version that belong to a model's name ("Gemini 2.5 Pro", "Llama 4 Maverick"). */
export const MODEL_SUFFIX: ReadonlySet<string> = new Set(['pro', 'flash', 'lite', 'mini', 'nano', 'max', 'turbo', 'plus', 'ultra', 'preview', 'maverick', 'scout', 'behemoth', 'instruct', 'chat', 'coder', 'large', 'medium', 'small', 'base', 'thinking', 'opus', 'sonnet', 'haiku', 'o', 'r', 'v', 'vl', 'omni', 'reasoning', 'exp', 'experimental', 'sxm', 'pcie', 'nvl', 'think', 'xlarge']);
/** A model's two-word mode whose first word alone is everyday English ("Gemini 3 Deep Think", not "llama 4 deep dive"). */
const MODE_PAIRS: ReadonlySet<string> = new Set(['deep think', 'deep research']);

/** A family prefix and the versions the knowledge base holds under it. */
interface Family {
  prefix: string;
  members: { version: string; entry: CatalogueEntry }[];
}

const tokensOf = (form: string) => form.trim().split(' ').filter(Boolean);

/**
 * The knowledge base's catalogue of covered things, read from the cards' `entities` (carried on summary chunks),
 * and the look-ups the answerer needs: which named things a question mentions, and which of them the knowledge
 * base does not cover ("Claude Sonnet 4.6" when only Sonnet 4 and 4.5 are priced).
 */
export class Catalogue {
  readonly entries: CatalogueEntry[];
  private readonly byForm = new Map<string, CatalogueEntry>();
  private readonly families = new Map<string, Family>();
  private readonly maxTokens: number;

  /**
   * @param mentioned tells whether a normalised form occurs anywhere in the cards: a variant the cards name in
   * passing ("Llama 4 Scout" in a price list) is covered even without a catalogue entry of its own.
   */
  constructor(chunks: Chunk[], private readonly mentioned: (form: string) => boolean = () => false) {
    const byName = new Map<string, CatalogueEntry>();
    for (const c of chunks) {
      for (const e of c.entities ?? []) {
        const key = normalizeName(e.name);
        const entry = byName.get(key) ?? { name: e.name, kind: e.kind, forms: [], cards: [] };
        byName.set(key, entry);
        if (!entry.cards.includes(c.cardId)) entry.cards.push(c.cardId);
        for (const f of [e.name, ...e.aliases].map(normalizeName)) if (f.trim() && !entry.forms.includes(f)) entry.forms.push(f);
      }
    }
    this.entries = [...byName.values()];
    for (const entry of this.entries) for (const f of entry.forms) if (!this.byForm.has(f)) this.byForm.set(f, entry);
    this.maxTokens = Math.max(1, ...[...this.byForm.keys()].map((f) => tokensOf(f).length));
    // A versioned form "<prefix> <version> [suffix...]" makes <prefix> a family (and its last word alone, when
    // that word names nothing else: "sonnet 4.6" is a Claude Sonnet version).
    for (const entry of this.entries) {
      if (entry.kind !== 'model' && entry.kind !== 'family' && entry.kind !== 'gpu' && entry.kind !== 'product') continue;
      for (const f of entry.forms) {
        const t = tokensOf(f);
        const v = t.findIndex((x, i) => i > 0 && VERSION.test(x));
        if (v < 1) continue;
        const prefix = t.slice(0, v).join(' ');
        const version = [t[v] ?? '', ...t.slice(v + 1)].join(' ');
        this.addMember(prefix, version, entry);
        if (v > 1) this.addMember(t[v - 1] ?? '', version, entry);
      }
    }
  }

  private addMember(prefix: string, version: string, entry: CatalogueEntry): void {
    // A one-letter prefix ("a" of "A10G", "h" of "H100") would read "a 20 person team" as a GPU: GPU-like names
    // are matched as written ("h200") by the answerer instead.
    if (prefix.length < 2) return;
    const fam = this.families.get(prefix) ?? { prefix, members: [] };
    this.families.set(prefix, fam);
    if (!fam.members.some((m) => m.version === version && m.entry === entry)) fam.members.push({ version, entry });
  }

  /** True when a normalised form names something covered. */
  covers(form: string): boolean {
    return this.byForm.has(form);
  }

  /**
   * The named things a text mentions: covered entries (longest match first), and versioned model names whose
   * family the catalogue knows but whose version it does not hold.
   */
  mentions(text: string): Mention[] {
    const out: Mention[] = [];
    // A name never runs across punctuation or a full stop: "haiku 4.5, sonnet 4.5 or opus 4.6" names three models,
    // not "haiku 4.5 sonnet"; "on gemini 2.5 pro. thinking of…" names no "gemini 2.5 pro thinking".
    // A bare version after a family was named ("on gemini 2.5 pro. moving to 3.1 pro", "costing gemini… 2.5 pro?") is
    // of that family, when the catalogue holds it.
    let family: string | undefined;
    // (A comma before three figures groups thousands: "$4,000" is one amount.)
    for (const part of text.split(/(?:,(?!\d{3}\b)|[;:()\n?!])+|\.(?=\s|$)/)) {
      const words = tokensOf(normalizeName(part));
      for (let i = 0; i < words.length; ) {
        const versioned = this.familyVersionAt(words, i);
        // A longer name the cards hold whole wins over its family and version: "llama 3.1 8b" is "Llama 3.1 8B", not
        // "Llama 3.1" followed by a stray size.
        const direct = this.entryAt(words, i);
        const found = this.otherSize(direct && (!versioned || direct.length > versioned.length) ? direct : versioned, words, i) ?? this.bareVersionAt(family, words, i) ?? this.siblingAt(family, words, i);
        if (found) out.push(found.mention);
        // So is one after the family was named alone ("costing gemini for contract review. what does 2.5 pro charge?").
        const named = found === direct && direct ? direct.mention.form.trim() : undefined;
        family = versioned?.family ?? (named && this.families.has(named) ? named : family);
        i += found ? found.length : 1;
      }
    }
    return out;
  }

  /** The names of the covered entries a text mentions, in order (repeats kept): "Claude Haiku 4.5", "DeepInfra". */
  names(text: string): string[] {
    return this.mentions(text).flatMap((m) => (m.entry ? [m.entry.name] : []));
  }

  /**
   * A name matched by a shorter form of an entry whose own name ends on a size ("ministral" of "Ministral 8B"), with
   * another size typed after it ("ministral 3b"): another model of the family, not covered, the entry its closest.
   * Any other match is returned as found.
   */
  private otherSize(found: { mention: Mention; length: number; family?: string } | undefined, words: string[], i: number): { mention: Mention; length: number; family?: string } | undefined {
    const entry = found?.mention.entry;
    if (!found || !entry) return found;
    const own = tokensOf(normalizeName(entry.name));
    const size = own.slice(-2);
    const typed = words.slice(i + found.length, i + found.length + 2);
    if (own.length <= found.length || !/^\d+$/.test(size[0] ?? '') || !/^[bm]$/.test(size[1] ?? '') || !/^\d+$/.test(typed[0] ?? '') || typed[1] !== size[1] || typed[0] === size[0]) return found;
    const form = ` ${[...words.slice(i, i + found.length), ...typed].join(' ')} `;
    const text = `${displayName(` ${words.slice(i, i + found.length).join(' ')} `)} ${typed[0]}${(typed[1] ?? '').toUpperCase()}`;
    return { mention: { text, form, closest: [entry] }, length: found.length + 2 };
  }

  /** A version standing alone ("3.1 pro") read with the family named before it, only when that names an entry. */
  private bareVersionAt(family: string | undefined, words: string[], i: number): { mention: Mention; length: number } | undefined {
    // "~€4k/mo", "$4,000": a figure with a magnitude or a thousands group after it is an amount, not a version.
    // A letter before it makes it part of a code ("kimi k2", "deepseek v3"), never a bare version.
    if (!family || !this.versionAfter(words, i) || this.families.has(words[i - 1] ?? '') || /^[a-z]$/.test(words[i - 1] ?? '') || AMOUNT_AFTER.test(words[i + 1] ?? '')) return undefined;
    const mention = this.versionMention(family, words[i] ?? '', words, i);
    return mention?.entry ? { mention, length: tokensOf(mention.form).length - tokensOf(family).length } : undefined;
  }

  /**
   * A sibling named by its own letter and version after a family was named ("deepseek r1 vs v3"): the family's
   * first word with it ("deepseek v3"), only when that names an entry.
   */
  private siblingAt(family: string | undefined, words: string[], i: number): { mention: Mention; length: number } | undefined {
    if (!family || !/^[a-z]{1,2}$/.test(words[i] ?? '') || !this.versionAfter(words, i + 1)) return undefined;
    const head = family.split(' ')[0] ?? '';
    const hit = this.entryAt([head, ...words.slice(i)], 0);
    return hit && hit.length >= 3 ? { mention: hit.mention, length: hit.length - 1 } : undefined;
  }

  /** "<family> <version> [suffix]" at position i: the longest family prefix followed by a version. */
  private familyVersionAt(words: string[], i: number): { mention: Mention; length: number; family?: string } | undefined {
    for (let n = Math.min(this.maxTokens, words.length - i - 1); n >= 1; n -= 1) {
      const prefix = words.slice(i, i + n).join(' ');
      const version = this.versionAfter(words, i + n);
      if (!version || !this.families.has(prefix)) continue;
      // "llama 70b", "mistral 7b": a parameter count, not a version.
      if (/^[bm]$/.test(words[i + n + 1] ?? '') && !version.includes('.')) continue;
      const mention = this.versionMention(prefix, version, words, i + n);
      if (mention) return { mention, length: tokensOf(mention.form).length, family: prefix };
    }
    return undefined;
  }

  /** The longest catalogue form at position i. */
  private entryAt(words: string[], i: number): { mention: Mention; length: number } | undefined {
    for (let n = Math.min(this.maxTokens, words.length - i); n >= 1; n -= 1) {
      const form = ` ${words.slice(i, i + n).join(' ')} `;
      const entry = this.byForm.get(form);
      if (entry) return { mention: { text: entry.name, form, entry, closest: [] }, length: n };
    }
    return undefined;
  }

  private versionAfter(words: string[], at: number): string | undefined {
    const w = words[at];
    return w && VERSION.test(w) ? w : undefined;
  }

  /**
   * For "<prefix> <version> [suffix]" in the question: the mention, without an entry when the family holds no
   * such version. "gemini 2.5" is covered by "Gemini 2.5 Pro", "vllm 0.6" by "vLLM 0.6.0"; "llama 4 behemoth" only
   * when the cards name it.
   */
  private versionMention(prefix: string, version: string, words: string[], at: number): Mention | undefined {
    const fam = this.families.get(prefix);
    if (!fam) return undefined;
    const suffix: string[] = [];
    for (let j = at + 1; j < words.length && MODEL_SUFFIX.has(words[j] ?? '') && suffix.length < 2; j += 1) suffix.push(words[j] ?? '');
    if (!suffix.length && MODE_PAIRS.has(`${words[at + 1]} ${words[at + 2]}`)) suffix.push(words[at + 1] ?? '', words[at + 2] ?? '');
    const full = [version, ...suffix].join(' ');
    const form = ` ${prefix} ${full} `;
    const entry = this.byForm.get(form)
      ?? fam.members.find((m) => m.version === full || (!suffix.length && (m.version === version || m.version === `${version}.0` || m.version.startsWith(`${version} `))))?.entry
      ?? (this.mentioned(form) ? fam.members.find((m) => m.version.split(' ')[0] === version)?.entry : undefined);
    if (entry) return { text: entry.name, form, entry, closest: [] };
    const target = Number.parseFloat(version);
    const closest = [...fam.members]
      .sort((a, b) => Math.abs(Number.parseFloat(a.version) - target) - Math.abs(Number.parseFloat(b.version) - target))
      .map((m) => m.entry)
      .filter((e, k, all) => all.indexOf(e) === k);
    return { text: `${prefix} ${full}`, form, closest };
  }
}

/** "claude sonnet 4.6" -> "Claude Sonnet 4.6"; short all-letter words that read as acronyms go upper case. */
export function displayName(form: string): string {
  return form
    .trim()
    .split(' ')
    .map((w) => (/^(gpt|api|llm|ai|eu|uk|us|gdpr|dpa|v)$/.test(w) ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ')
    .replace(/^GPT (\d)/, 'GPT-$1');
}
