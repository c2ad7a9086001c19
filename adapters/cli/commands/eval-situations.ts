import type { CliIO } from '../io.ts';
import { writeLine } from '../io.ts';
import { ExitCode } from '../../../bot/errors.ts';
import { evaluateSituations, SITUATION_SETS, type SituationSet } from '../../../workflows/decision/situation/eval/run-eval.ts';
import { formatSituationEval, formatSituationEvalJson } from '../../../workflows/decision/situation/eval/format-eval.ts';

/**
 * `kb eval-situations [--set tune|check|holdout] [--json]`: how well the bot reads a described situation and
 * recommends from it, per labelled set (all sets by default). Needs no index, model or network.
 */
export function runEvalSituations(parsed: { set?: SituationSet; json: boolean }, io: CliIO): number {
  const sets = parsed.set ? [parsed.set] : [...SITUATION_SETS];
  const reports = sets.map((s) => evaluateSituations(s));
  writeLine(io.stdout, parsed.json ? formatSituationEvalJson(reports) : formatSituationEval(reports));
  return ExitCode.Ok;
}
