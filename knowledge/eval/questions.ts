import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/** One evaluation question: the text, and regexes that must all match a correct answer. */
export const evalQuestionSchema = z.object({
  id: z.string().min(1),
  q: z.string().min(1),
  must: z.array(z.string().min(1)).min(1),
});
export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

/**
 * Reads a JSON-lines question file (`{"id","q","must"}` per line).
 * @throws Error naming the line and the problem, when a line is not a valid question or a regex does not compile.
 */
export async function loadEvalQuestions(path: string): Promise<EvalQuestion[]> {
  const text = await readFile(path, 'utf8');
  const out: EvalQuestion[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      throw new Error(`${path}:${i + 1}: not JSON (${(err as Error).message})`);
    }
    const parsed = evalQuestionSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    for (const m of parsed.data.must) {
      try {
        new RegExp(m, 'i');
      } catch (err) {
        throw new Error(`${path}:${i + 1}: invalid regex ${JSON.stringify(m)} (${(err as Error).message})`);
      }
    }
    out.push(parsed.data);
  });
  return out;
}
