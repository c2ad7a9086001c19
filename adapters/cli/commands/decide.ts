import type { CliIO } from '../io.ts';
import { writeJson, writeLine } from '../io.ts';
import { ExitCode } from '../../../bot/errors.ts';
import { runDecision, type DecisionJson } from '../../../workflows/api.ts';
import { problemsError, readJsonFile } from './read-input.ts';

function humanDecision(r: DecisionJson): string {
  // Each next step names the card behind it; the reader sees that card's number in the sources below.
  const cite = (card: string) => {
    const n = r.citations.find((c) => c.id === card)?.n;
    return n ? ` [${n}]` : '';
  };
  const lines = [`Recommendation: ${r.recommendation}`, r.rationale, '', 'Factors:'];
  for (const f of r.factors) lines.push(`  - ${f.factor}: ${f.verdict}. ${f.reason}`);
  lines.push('', 'Next steps:', ...r.nextSteps.map((s, i) => `  ${i + 1}. ${s.text}${cite(s.card)}`));
  if (r.citations.length) lines.push('', 'Sources:', ...r.citations.map((c) => `  [${c.n}] ${c.title}${c.url ? ` (${c.url})` : ''}`));
  return lines.join('\n');
}

/** `decide --input FILE [--json]`: the deployment-mode recommendation; invalid input names every problem (exit 2). */
export async function runDecide(parsed: { input: string; json: boolean }, io: CliIO): Promise<number> {
  const input = await readJsonFile(parsed.input, io.cwd);
  const outcome = await runDecision(input);
  if (!outcome.ok) throw problemsError(parsed.input, outcome.problems);
  if (parsed.json) writeJson(io, outcome.result);
  else writeLine(io.stdout, humanDecision(outcome.result));
  return ExitCode.Ok;
}
