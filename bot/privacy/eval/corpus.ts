import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PERSONAL_DATA_TYPES } from '../types.ts';
import { repoPath } from '../../../knowledge/repo-path.ts';

/**
 * The labelled personal-data corpus: realistic messages with every piece of personal data marked (positives) and
 * look-alikes with none (negatives). Split once, at random, into a tuning half and a check half (README.md here);
 * detectors are tuned on the first only, and both are reported.
 */
const Message = z.object({
  id: z.string(),
  text: z.string(),
  pii: z.array(z.object({ type: z.enum(PERSONAL_DATA_TYPES), value: z.string().min(1) })),
});
export type LabelledMessage = z.infer<typeof Message>;
export type CorpusPart = 'tune' | 'check';
export const CORPUS_PARTS: CorpusPart[] = ['tune', 'check'];

/** Reads one half of the corpus; every labelled value must occur in its message. */
export function loadCorpus(part: CorpusPart): LabelledMessage[] {
  const file = repoPath('bot', 'privacy', 'eval', `${part}.jsonl`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const m = Message.parse(JSON.parse(line));
      for (const p of m.pii) if (!m.text.includes(p.value)) throw new Error(`${part}.jsonl line ${i + 1}: "${p.type}" value is not in the text`);
      return m;
    });
}
